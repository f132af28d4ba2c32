/**
 * Saves text as a file through the browser's own download: a Blob, an object URL and a click on
 * an `<a download>`. Nothing leaves the machine and nothing is fetched (the app's policy needs no
 * source for it). The URL is revoked once the browser has taken the file.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
