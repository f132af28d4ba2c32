/**
 * The journal as CSV (RFC 4180), for a spreadsheet. Every cell comes from untrusted text (stage
 * names, admin names), so a cell a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, or a tab or carriage return that some programs skip first) gets a leading apostrophe
 * and is shown as text. Every cell is quoted, quotes doubled; lines end with CRLF.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
