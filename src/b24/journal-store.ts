import { subjectName, type JournalEntry } from '../domain/journal/entry';
import { decodeEntry, encodeEntry } from '../domain/journal/codec';
import { chunked, resultOf, runBatch, type Command, type Outcome, type SendBatch } from './batch';
import {
  JOURNAL_PAGE_SIZE,
  type JournalFilter,
  type JournalOpening,
  type JournalPage,
  type JournalPort,
  type JournalWriteResult,
} from './journal-port';
import { PortalError } from './portal-error';

/**
 * The journal in the app's storage (docs/server-behaviour.md §4, docs/change-journal.md §1-§2).
 * One storage, one item per entry: the entry's JSON in DETAIL_TEXT (values must be scalars), and what the panel filters on
 * in fields the portal can filter by: CODE the kind, PREVIEW_TEXT the directory's ENTITY_ID,
 * CREATED_BY (set by the portal itself) the author. DATE_CREATE is the portal's clock.
 */

/** At most 13 characters: APP_<client_id>_<ENTITY> must fit in 50 (§4.1). */
export const JOURNAL_ENTITY = 'stagejournal';

/**
 * Nobody gets rights without a grant, portal admins included: only the server's own IsAdmin()
 * bypasses them, false for cloud admins (§4.2). Portal admins manage the storage (X). CRM
 * administrators change stages too but are no group the app can name (no REST method tells CRM
 * roles, §9), so every user may write (W). Authorship stays honest: CREATED_BY is the portal's.
 */
export const JOURNAL_ACCESS = { G1: 'X', AU: 'W' } as const;

const createCommand: Command = [
  'entity.add',
  { ENTITY: JOURNAL_ENTITY, NAME: 'Stage editor: change journal', ACCESS: JOURNAL_ACCESS },
];

const NAME_MAX = 200;

function addCommand(entry: JournalEntry, late: boolean): Command {
  const { change } = entry;
  // NAME is required and holds 255 characters: a readable summary, never parsed back.
  const name = [...`${change.kind} · ${change.directory.entityId} · ${subjectName(change)}`]
    .slice(0, NAME_MAX)
    .join('');
  return [
    'entity.item.add',
    {
      ENTITY: JOURNAL_ENTITY,
      NAME: name,
      CODE: change.kind,
      PREVIEW_TEXT: change.directory.entityId,
      DETAIL_TEXT: encodeEntry(entry, late),
    },
  ];
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

function profileName(profile: Record<string, unknown>, id: string): string {
  const name = `${text(profile['NAME'])} ${text(profile['LAST_NAME'])}`.trim();
  return name || `#${id}`;
}

export async function openJournal(send: SendBatch): Promise<JournalOpening> {
  const [profile, time, storage] = await runBatch(send, [
    ['profile', {}],
    ['server.time', {}],
    ['entity.get', { ENTITY: JOURNAL_ENTITY }],
  ]);
  const who = (resultOf(profile, 'profile') ?? {}) as Record<string, unknown>;
  const id = text(who['ID']);
  const portalNow = Date.parse(text(time?.status === 'ok' ? time.result : ''));
  let exists = true;
  if (storage?.status === 'failed') {
    // Not found: nobody has written yet (or this user may not read it, which the write reveals).
    if (storage.error.kind !== 'not-found') throw storage.error;
    exists = false;
  }
  return {
    user: { id, name: profileName(who, id) },
    exists,
    skewMs: Number.isNaN(portalNow) ? 0 : portalNow - Date.now(),
  };
}

/**
 * An entry's id, or why it was not stored. A storage that "already exists" yet is "not found"
 * exists without a read right for this user: the portal denies it to them (§4.2).
 */
const idOf = (outcome: Outcome | undefined, created?: Outcome): string | PortalError => {
  if (outcome?.status === 'failed') {
    const hidden =
      created?.status === 'failed' &&
      created.error.code === 'ERROR_ENTITY_ALREADY_EXISTS' &&
      outcome.error.kind === 'not-found';
    return hidden ? outcome.error.as('storage-denied') : outcome.error;
  }
  const id = outcome?.status === 'ok' ? text(outcome.result) : '';
  return /^\d+$/.test(id) ? id : new PortalError('server', '', '', 'entity.item.add');
};

export async function writeEntries(
  send: SendBatch,
  entries: readonly JournalEntry[],
  options: { readonly create: boolean; readonly late: readonly boolean[] },
): Promise<JournalWriteResult> {
  const results: (string | PortalError)[] = [];
  const indexed = entries.map((entry, i) => ({ entry, late: options.late[i] ?? false }));
  for (const [n, chunk] of chunked(indexed, options.create ? 1 : 0).entries()) {
    const create = options.create && n === 0;
    const commands = chunk.map(({ entry, late }) => addCommand(entry, late));
    const outcomes = await runBatch(send, create ? [createCommand, ...commands] : commands);
    results.push(
      ...outcomes.slice(create ? 1 : 0).map((o) => idOf(o, create ? outcomes[0] : undefined)),
    );
  }
  // The storage is gone (someone deleted it): create it again, once, for what it refused.
  const missing = results.flatMap((r, i) =>
    r instanceof PortalError && r.kind === 'not-found' ? [i] : [],
  );
  if (!options.create && missing.length > 0) {
    const again = await writeEntries(
      send,
      missing.map((i) => entries[i] as JournalEntry),
      { create: true, late: missing.map((i) => options.late[i] ?? false) },
    );
    missing.forEach((i, k) => (results[i] = again[k] ?? results[i] ?? ''));
  }
  return results;
}

function filterParams(filter: JournalFilter): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.kind) out['CODE'] = filter.kind;
  if (filter.entityId) out['PREVIEW_TEXT'] = filter.entityId;
  if (filter.authorId) out['CREATED_BY'] = filter.authorId;
  return out;
}

const pageCommand = (filter: JournalFilter, start: number): Command => [
  'entity.item.get',
  { ENTITY: JOURNAL_ENTITY, SORT: { ID: 'DESC' }, FILTER: filterParams(filter), start },
];

/** One entity.item.get answer as entries; an unreadable storage reads as an empty one. */
function readPage(outcome: Outcome | undefined): JournalPage {
  if (outcome?.status === 'failed') {
    if (outcome.error.kind === 'not-found') return { entries: [], skipped: 0, total: 0 };
    throw outcome.error;
  }
  const rows = outcome?.status === 'ok' && Array.isArray(outcome.result) ? outcome.result : [];
  const entries: JournalEntry[] = [];
  let skipped = 0;
  for (const raw of rows) {
    const row = (raw ?? {}) as Record<string, unknown>;
    const entry = decodeEntry(text(row['DETAIL_TEXT']), {
      id: text(row['ID']),
      createdBy: text(row['CREATED_BY']) || null,
      createdAt: text(row['DATE_CREATE']) || null,
    });
    if (entry) entries.push(entry);
    else skipped += 1;
  }
  const total = outcome?.status === 'ok' ? (outcome.total ?? rows.length) : 0;
  return { entries, skipped, total };
}

export async function readJournalPage(
  send: SendBatch,
  filter: JournalFilter,
  start: number,
): Promise<JournalPage> {
  const [outcome] = await runBatch(send, [pageCommand(filter, start)]);
  return readPage(outcome);
}

export async function readWholeJournal(
  send: SendBatch,
  filter: JournalFilter,
  onProgress?: (read: number, total: number) => void,
): Promise<JournalPage> {
  const first = await readJournalPage(send, filter, 0);
  const entries = [...first.entries];
  let skipped = first.skipped;
  const starts: number[] = [];
  for (let start = JOURNAL_PAGE_SIZE; start < first.total; start += JOURNAL_PAGE_SIZE) {
    starts.push(start);
  }
  onProgress?.(entries.length + skipped, first.total);
  for (const chunk of chunked(starts)) {
    if (chunk.length === 0) break;
    const outcomes = await runBatch(
      send,
      chunk.map((start) => pageCommand(filter, start)),
    );
    for (const outcome of outcomes) {
      const page = readPage(outcome);
      entries.push(...page.entries);
      skipped += page.skipped;
    }
    onProgress?.(entries.length + skipped, first.total);
  }
  return { entries, skipped, total: first.total };
}

/** The journal port over one transport. */
export const journalStore = (send: SendBatch): JournalPort => ({
  open: () => openJournal(send),
  write: (entries, options) => writeEntries(send, entries, options),
  page: (filter, start) => readJournalPage(send, filter, start),
  all: (filter, onProgress) => readWholeJournal(send, filter, onProgress),
});
