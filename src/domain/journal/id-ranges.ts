/**
 * CRM item ids as compact text (`"1-5,8,10-12"`): a delete can move thousands of items and the
 * entry that remembers them lives in one TEXT field of the portal's storage
 * (docs/server-behaviour.md §4.3). Items planted or created together have consecutive ids, so
 * ranges keep such an entry small.
 */
export function encodeIdRanges(ids: readonly number[]): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] as number;
    let last = first;
    while (sorted[i + 1] === last + 1) {
      last += 1;
      i += 1;
    }
    parts.push(first === last ? String(first) : `${first}-${last}`);
    i += 1;
  }
  return parts.join(',');
}

/** The most ids one entry may name: a hostile `1-999999999` must not exhaust the browser. */
export const MAX_ENTRY_IDS = 100_000;

/** Reads what encodeIdRanges wrote; null for anything else (the entry is then not trusted). */
export function decodeIdRanges(text: string): number[] | null {
  if (text === '') return [];
  const ids: number[] = [];
  for (const part of text.split(',')) {
    const match = /^(\d{1,12})(?:-(\d{1,12}))?$/.exec(part);
    if (!match) return null;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (first < 1 || last < first || ids.length + (last - first + 1) > MAX_ENTRY_IDS) return null;
    for (let id = first; id <= last; id++) ids.push(id);
  }
  return ids;
}
