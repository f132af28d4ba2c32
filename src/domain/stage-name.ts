/** Why a name is refused; `zero` is a name Bitrix24 answers `true` to and does not keep. */
export type StageNameProblem = 'empty' | 'zero' | 'too-long' | 'control-chars';

export type StageNameResult = { ok: true; value: string } | { ok: false; reason: StageNameProblem };

/**
 * crm.status.fields / crm.status.add only say NAME is a required `string`; the docs give no
 * length. Bitrix24 stores it in b_crm_status.NAME, a varchar(100), so we cap at 100 characters
 * (Unicode code points, which is how a utf8mb4 varchar counts).
 */
export const STAGE_NAME_MAX_LENGTH = 100;

// Invisible at either end of a name: Unicode White_Space (what \s matches, incl. NBSP, U+3000,
// U+FEFF), zero-width and joiner characters, bidi marks, soft hyphen, CGJ, Hangul fillers and
// invisible operators. A name made only of these looks blank, so it counts as empty.
// Inside a name ZWJ/ZWNJ stay: emoji sequences and Persian/Indic spelling need them.
const INVISIBLE =
  '\\s\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u2060-\\u2064\\u3164\\uFFA0';
// Each listed code point is meant on its own (the `u` flag matches by code point), not as a
// combining sequence.
// eslint-disable-next-line no-misleading-character-class
const EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'gu');

// C0, DEL and C1 controls break a single-line label (and tabs/newlines would too); bidi
// embeddings, overrides and isolates (U+202A–202E, U+2066–2069) can make a name read
// differently from what it stores ("Trojan Source" spoofing). RTL text needs none of them: the
// bidi algorithm orders Arabic or Hebrew by itself. A lone surrogate is not text at all and
// cannot be sent as UTF-8.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;

/** The name without the invisible characters at either end: what the app sends. */
export function trimStageName(raw: string): string {
  return raw.replace(EDGES, '');
}

/**
 * The one non-empty name Bitrix24 does not keep. crm.status.update trims NAME and skips it when
 * PHP's empty() holds, which for a string is only "" and "0": the answer is `true` and the old
 * name stays (docs/server-behaviour.md §1.6). The app sends the name trimmed, so the rule is on
 * that trimmed value: " 0 " is refused; "00", "0.0" and "-0" are kept, so they are allowed.
 * crm.status.add would store "0" (docs/server-behaviour.md §1.3), but once renamed such a stage
 * could never be given it back (by an undo or a stage set), so a new stage is refused it too
 * (docs/rest-api.md §4.1).
 */
const NOT_KEPT = '0';

/** Validates an admin-typed stage NAME; on success `value` is exactly what to send. */
export function validateStageName(raw: string): StageNameResult {
  const value = trimStageName(raw);
  if (value === '') return { ok: false, reason: 'empty' };
  if (value === NOT_KEPT) return { ok: false, reason: 'zero' };
  if (FORBIDDEN.test(value)) return { ok: false, reason: 'control-chars' };
  if ([...value].length > STAGE_NAME_MAX_LENGTH) return { ok: false, reason: 'too-long' };
  return { ok: true, value };
}

/**
 * A NAME as a stage-set file holds it (docs/stage-set.md, Fields). Names are exported exactly, so
 * the file's own text is checked: at most 100 characters and no control character as it stands,
 * which is what the published JSON Schema can state too. Only emptiness and the name "0" look past
 * the invisible characters at either end. On success `value` is what to send: trimmed, as the
 * portal keeps it.
 */
export function validateFileStageName(raw: string): StageNameResult {
  const trimmed = validateStageName(raw);
  if (!trimmed.ok && (trimmed.reason === 'empty' || trimmed.reason === 'zero')) return trimmed;
  if (FORBIDDEN.test(raw)) return { ok: false, reason: 'control-chars' };
  if ([...raw].length > STAGE_NAME_MAX_LENGTH) return { ok: false, reason: 'too-long' };
  return trimmed;
}
