import type { Directory } from './stage';

export interface StatusIdOptions {
  /** Every full STATUS_ID of the directory, prefix included (`C1:NEW`). */
  readonly existing: ReadonlySet<string>;
  /** The pipeline prefix without the colon (`C1`, `DT177_7`), or null when there is none. */
  readonly prefix: string | null;
  /** Limit of the full stored STATUS_ID, prefix and colon included. */
  readonly maxLength: number;
  /** Source of randomness for fallback codes; Math.random by default. */
  readonly random?: () => number;
}

// Russian, Ukrainian, Belarusian and Kazakh letters, in a plain readable romanisation
// (Russian per ICAO/passport style, which is what admins expect from "Новая" → "NOVAYA").
// prettier-ignore
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ў: 'u',
  ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
};

// Letters that Unicode decomposition does not reduce to ASCII, plus German's ae/oe/ue/ss.
// prettier-ignore
const LATIN: Readonly<Record<string, string>> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', å: 'a', ł: 'l',
  đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'ng',
};

const FALLBACK_PREFIX = 'STAGE_';
const FALLBACK_DIGITS = 6;

function transliterate(name: string): string {
  let out = '';
  for (const ch of name.normalize('NFC')) {
    const lower = ch.toLowerCase();
    const mapped = CYRILLIC[lower] ?? LATIN[lower];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // é → e + ◌́ → e; anything that is still not ASCII alphanumerics becomes a separator.
    const base = lower.normalize('NFD').replace(/\p{M}/gu, '');
    out += /^[a-z0-9]+$/.test(base) ? base : base === '-' ? '-' : '_';
  }
  return out.toUpperCase();
}

/** Runs of separators become one (`-` only if the run was all hyphens); none at the ends. */
function tidy(code: string): string {
  return code
    .replace(/[-_]+/g, (run) => (/^-+$/.test(run) ? '-' : '_'))
    .replace(/^[-_]+|[-_]+$/g, '');
}

function fit(code: string, room: number): string {
  return tidy(code.slice(0, Math.max(0, room)));
}

function fallbackCode(random: () => number): string {
  const space = 36 ** FALLBACK_DIGITS;
  const n = Math.min(space - 1, Math.max(0, Math.floor(random() * space)));
  return FALLBACK_PREFIX + n.toString(36).toUpperCase().padStart(FALLBACK_DIGITS, '0');
}

/**
 * A STATUS_ID code for a new stage, WITHOUT the pipeline prefix (crm.status.add adds `C1:` or
 * `DT177_7:` itself). Only `A-Z 0-9 _ -`: crm.status.add allows just Latin letters, digits,
 * hyphens and underscores for lead/deal/estimate stages, and we use the same set everywhere.
 * The code is unique in the directory and the full stored id fits `maxLength`.
 */
export function generateStatusId(name: string, opts: StatusIdOptions): string {
  const random = opts.random ?? Math.random;
  const room = opts.maxLength - (opts.prefix === null ? 0 : opts.prefix.length + 1);
  if (room < 1) throw new RangeError('generateStatusId: no room for a code after the prefix');
  // MySQL compares STATUS_ID case-insensitively (default collation), so `new` blocks `NEW`.
  const taken = new Set([...opts.existing].map((id) => id.toUpperCase()));
  const isFree = (code: string) =>
    code !== '' &&
    !taken.has((opts.prefix === null ? code : `${opts.prefix}:${code}`).toUpperCase());

  let base = fit(tidy(transliterate(name)), room);
  // Chinese, emoji or punctuation-only names leave nothing to read: generate a code instead.
  if (base === '') base = fit(fallbackCode(random), room);

  for (let k = 1; k <= 100_000; k++) {
    const suffix = k === 1 ? '' : `_${k}`;
    if (suffix.length >= room) break;
    const head = fit(base, room - suffix.length);
    if (head !== '' && isFree(head + suffix)) return head + suffix;
  }
  for (let attempt = 0; attempt < 1000; attempt++) {
    const candidate = fit(fallbackCode(random), room);
    if (isFree(candidate)) return candidate;
  }
  throw new Error('generateStatusId: could not find a free code');
}

/**
 * The longest full STATUS_ID (prefix and colon included) crm.status.add accepts per directory
 * ("Restrictions for STATUS_ID"): STATUS 21; QUOTE_STATUS and DEAL_STAGE 22; DEAL_STAGE_xx
 * "depends on the funnel identifier", which we read as the same 22 shared with the `Cxx:` prefix
 * (the docs give no number; this is the conservative reading); every other directory, smart
 * process pipelines and reference books alike, 50.
 */
export function statusIdMaxLength(directory: Pick<Directory, 'entityId'>): number {
  const id = directory.entityId;
  if (id === 'STATUS') return 21;
  if (id === 'QUOTE_STATUS' || id === 'DEAL_STAGE' || /^DEAL_STAGE_\d+$/.test(id)) return 22;
  return 50;
}
