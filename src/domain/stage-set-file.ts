import { STAGE_SET_MAX_BYTES } from './stage-set';

/**
 * What a file must be before its JSON is even read: small enough, and text. A stage set is UTF-8
 * JSON (docs/stage-set.md); a picture, a zip or a spreadsheet dropped by mistake is refused with
 * that reason instead of a page of JSON syntax errors.
 */
export type FileVerdict =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: 'too-large' | 'binary'; readonly size: number };

/** Enough of the start to tell a binary file, without decoding a whole large one. */
const SNIFF = 8192;

// NUL never occurs in JSON text; other C0 controls (bar tab, CR, LF) may only sit inside strings
// as escapes, so a raw one means the bytes are not a JSON file.
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** Checks the size first (the browser knows it without reading), then the bytes. */
export function readStageSetFile(bytes: Uint8Array, size = bytes.byteLength): FileVerdict {
  if (size > STAGE_SET_MAX_BYTES) return { ok: false, problem: 'too-large', size };
  let text: string;
  try {
    // `fatal`: bytes that are not UTF-8 throw instead of turning into U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problem: 'binary', size };
  }
  if (RAW_CONTROL.test(text.slice(0, SNIFF)) || text.includes('\u0000')) {
    return { ok: false, problem: 'binary', size };
  }
  return { ok: true, text };
}

/** Pasted text is measured as the UTF-8 a file of it would hold. */
export function readStageSetText(text: string): FileVerdict {
  return readStageSetFile(new TextEncoder().encode(text));
}
