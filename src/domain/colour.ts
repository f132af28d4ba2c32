import type { Group } from './stage';

export type ColourResult = { ok: true; value: string } | { ok: false; reason: 'format' };

// Bitrix24's own colour field accepts `^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$`; we also take the
// digits without `#`, since admins paste them from design tools that way. Nothing else: COLOR ends
// up in a style attribute, so named colours, rgb()/url() and anything with `;` are refused.
const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Parses an admin-typed colour into the canonical `#rrggbb` (lower case). */
export function parseHexColour(input: string): ColourResult {
  const match = HEX.exec(input.trim());
  const digits = match?.[1];
  if (digits === undefined) return { ok: false, reason: 'format' };
  const six = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return { ok: true, value: `#${six.toLowerCase()}` };
}

/** COLOR as read from the portal (untrusted: any type, any string) → `#rrggbb`, or null. */
export function normalisePortalColour(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const parsed = parseHexColour(raw);
  return parsed.ok ? parsed.value : null;
}

/**
 * Text colour for a stage header, as Bitrix24's kanban picks it: dark text when the perceived
 * brightness (R*299 + G*587 + B*114) / 1000 is >= 128, white ("light") text otherwise.
 * An unparseable colour gets dark text: the board then shows its default light header.
 */
export function textOnColour(hex: string): 'dark' | 'light' {
  const parsed = parseHexColour(hex);
  if (!parsed.ok) return 'dark';
  const n = Number.parseInt(parsed.value.slice(1), 16);
  const brightness = (((n >> 16) & 0xff) * 299 + ((n >> 8) & 0xff) * 587 + (n & 0xff) * 114) / 1000;
  return brightness >= 128 ? 'dark' : 'light';
}

/** Bitrix24's stage colour picker: 7 rows of 16 (docs/bitrix24-ui.md). */
// prettier-ignore
export const STAGE_PALETTE: readonly (readonly string[])[] = [
  ['#aae9fc', '#bbecf1', '#98e1dc', '#e3f299', '#ffee95', '#ffdd93', '#dfd3b6', '#e3c6bb', '#ffad97', '#ffbdbb', '#ffcbd8', '#ffc4e4', '#c4baed', '#dbdde0', '#bfc5cd', '#a2a8b0'],
  ['#ffffff', '#2eceff', '#10e5fc', '#a5de00', '#eec200', '#ffa801', '#ad8f47', '#b57051', '#ff5b55', '#ef3000', '#f968b6', '#6b52cc', '#06bab1', '#5cd1df', '#a1a6ac', '#949da9'],
  ['#ffb79f', '#ffbf99', '#f3e27c', '#e7d35d', '#00ff00', '#00a64c', '#48dfdf', '#b02fb0', '#ff00ff', '#ef008b', '#0000ff', '#ebebeb', '#acacac', '#898989', '#555555', '#000000'],
  ['#f89675', '#fdad7e', '#fec788', '#fff893', '#c5e099', '#a3d49b', '#8ed1a8', '#7ecb9c', '#78cdca', '#67cef9', '#7aa5da', '#887fc0', '#a284bf', '#bd8bc0', '#f69ac1', '#f6989c'],
  ['#f26b47', '#f78d4d', '#fdb051', '#fff55a', '#abd46c', '#7bc56f', '#00bbb4', '#00bef6', '#00bdb5', '#3fb2cd', '#3f8bcd', '#5471b9', '#865daa', '#a861ab', '#f16ca8', '#f26b7b'],
  ['#f11716', '#f36509', '#f99500', '#fff300', '#8ec82f', '#2fb644', '#00a74c', '#00a99d', '#00adf2', '#0070bf', '#0052a7', '#2e2d93', '#662793', '#922091', '#f0008c', '#f10057'],
  ['#9e0502', '#a34100', '#a46200', '#aba100', '#578520', '#107c2c', '#007333', '#00736a', '#0075a6', '#004982', '#003172', '#1c0d64', '#460663', '#630060', '#a0005c', '#9f0037'],
];

/** Colours Bitrix24 gives new stages (docs/bitrix24-ui.md), normalised to lower case. */
export const DEFAULT_COLOURS: {
  readonly process: readonly string[];
  readonly success: string;
  readonly failure: string;
} = {
  process: ['#39a8ef', '#2fc6f6', '#55d0e0', '#47e4c2', '#ffa900'],
  success: '#7bd500',
  failure: '#ff5752',
};

/** The colour Bitrix24 would give the `index`-th (0-based) stage of a zone. */
export function defaultColourFor(group: Group, index: number): string {
  if (group === 'success') return DEFAULT_COLOURS.success;
  if (group === 'failure') return DEFAULT_COLOURS.failure;
  const cycle = DEFAULT_COLOURS.process;
  const i = ((Math.trunc(index) % cycle.length) + cycle.length) % cycle.length;
  return cycle[i] ?? DEFAULT_COLOURS.process[0] ?? '#39a8ef';
}
