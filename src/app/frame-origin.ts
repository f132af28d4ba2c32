/**
 * Inside Bitrix24 the portal names the app's frame `DOMAIN|PROTOCOL|APP_SID`, and the SDK takes
 * both its postMessage target and its REST base, `<scheme>://<DOMAIN>/rest/`, from that name alone
 * (docs/sdk.md §1). Whoever frames the app writes that name, so it is checked before the SDK
 * starts: a DOMAIN such as `portal.example@evil.example` or `evil.example/x?` would send the
 * portal's tokens to another origin. Only a host name (letters, digits, dots and hyphens, labels
 * neither starting nor ending with a hyphen) with an optional port passes, and PROTOCOL must be
 * the portal's `0` (http) or `1` (https).
 */
const HOST =
  /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::(\d{1,5}))?$/i;

/** The portal origin the SDK will talk to, or null when the frame name is not one to trust. */
export function portalOrigin(frameName: string): string | null {
  const [domain = '', protocol, appSid] = frameName.split('|');
  const host = HOST.exec(domain);
  const port = host?.[1];
  if (!host || (port !== undefined && !(Number(port) >= 1 && Number(port) <= 65535))) return null;
  if ((protocol !== '0' && protocol !== '1') || !appSid) return null;
  // The SDK drops a default port and keeps any other (docs/sdk.md §1): name the origin it uses.
  return `${protocol === '1' ? 'https' : 'http'}://${domain.replace(/:(80|443)$/, '')}`;
}

/**
 * Narrows `connect-src` to the portal: the shipped policy allows any HTTPS origin (vite.config.ts,
 * APP_CSP), and a second policy added at run time is enforced alongside it, so a connection must
 * pass both. Development adds `'self'` for Vite's hot-reload socket.
 */
export function allowConnectionsOnlyTo(origin: string, dev: boolean): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src ${origin}${dev ? " 'self'" : ''}`;
  document.head.append(meta);
}
