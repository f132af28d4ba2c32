import type { APIRequestContext, FrameLocator } from '@playwright/test';
import { boardReady } from './board-helpers';
import { expect, type TestPortal } from './fixtures';

/** The app's storage item that holds one journal entry, as the portal keeps it. */
export interface StoredEntry {
  readonly id: number;
  readonly fields: Record<string, string | null>;
  /** DETAIL_TEXT read as JSON (the entry the app wrote). */
  readonly entry: {
    key: string;
    kind: string;
    who: { id: string; name: string } | null;
    dir: { id: string; name: string };
    stages: { b: Record<string, unknown> | null; a: Record<string, unknown> | null }[];
    items?: { ids: string; from: string; to: string };
    outcome: { status: string; reason?: string };
    of?: string;
    ofKind?: string;
  };
}

/** Every journal entry the portal's storage holds, oldest first. */
export async function storedEntries(
  request: APIRequestContext,
  portal: TestPortal,
): Promise<StoredEntry[]> {
  const answer = await request.get(`/__emulator/${portal.id}/app-storage`);
  const storage = (await answer.json()) as {
    items: { id: number; entity: string; fields: Record<string, string | null> }[];
  };
  return storage.items
    .filter((i) => i.entity === 'stagejournal')
    .map((i) => ({
      id: i.id,
      fields: i.fields,
      entry: JSON.parse(i.fields['DETAIL_TEXT'] ?? '{}'),
    }));
}

/** Plants storage items as given (malformed, foreign, thousands) through the control route. */
export async function plantEntries(
  request: APIRequestContext,
  portal: TestPortal,
  items: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
) {
  const answer = await request.post(`/__emulator/${portal.id}/entity-items`, {
    data: { entity: 'stagejournal', items, access: { G1: 'X', AU: 'W' }, ...extra },
  });
  expect(answer.ok()).toBe(true);
}

/** An entry as the app writes it, for planting. */
export function entryText(n: number, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    app: 'b24-stage-editor/journal',
    v: 1,
    key: `p${n}`,
    who: { id: '1', name: 'Portal Administrator' },
    kind: 'rename',
    dir: { id: 'DEAL_STAGE', name: 'General Deal Stages' },
    stages: [
      {
        b: {
          id: '109',
          statusId: 'FINAL_INVOICE',
          name: `Name ${n}`,
          color: '#ffa900',
          sort: 50,
          group: 'process',
          system: false,
        },
        a: {
          id: '109',
          statusId: 'FINAL_INVOICE',
          name: `Name ${n + 1}`,
          color: '#ffa900',
          sort: 50,
          group: 'process',
          system: false,
        },
      },
    ],
    outcome: { status: 'saved' },
    ...extra,
  });
}

export const undoButton = (app: FrameLocator) => app.getByRole('button', { name: /^Undo\b/ });
export const redoButton = (app: FrameLocator) => app.getByRole('button', { name: /^Redo\b/ });
export const journalRegion = (app: FrameLocator) =>
  app.getByRole('region', { name: 'Change journal', exact: true });
export const entriesList = (app: FrameLocator) =>
  journalRegion(app).getByRole('list', { name: 'Entries', exact: true });
/** What the app told the screen reader last. */
export const announcement = (app: FrameLocator) =>
  app
    .locator('[role="status"]')
    .filter({ hasText: /^(Undone|Redone|Reverted|Nothing was changed|The )/ });

export async function openJournal(app: FrameLocator) {
  await app.getByRole('button', { name: 'Change journal' }).click();
  await expect(journalRegion(app)).toBeVisible();
  return journalRegion(app);
}

/** The requests (batches) that carried a command of `method`. */
export async function requestsWith(portal: TestPortal, method: string) {
  const journal = await portal.journal();
  const parents = new Set(journal.filter((e) => e.method === method).map((e) => e.parent));
  return journal.filter((e) => e.parent === undefined && parents.has(e.seq));
}

/** Opens the app and waits for its board and what follows it (counts, the journal's opening). */
export async function readyApp(openApp: () => Promise<FrameLocator>): Promise<FrameLocator> {
  const app = await openApp();
  await boardReady(app);
  return app;
}

/**
 * The HTTP requests to /rest since the call journal was last cleared, oldest first, each as the
 * methods it carried (a batch as its commands in order): what a step cost, and in what shape.
 */
export async function sentRequests(portal: TestPortal): Promise<string[][]> {
  const journal = await portal.journal();
  return journal
    .filter((e) => e.parent === undefined)
    .map((request) => {
      const inside = journal.filter((e) => e.parent === request.seq).map((e) => e.method);
      return inside.length > 0 ? inside : [request.method];
    });
}

/** The entries the app sent to its storage (entity.item.add) since the call journal was cleared. */
export async function sentEntries(portal: TestPortal) {
  return (await portal.calls('entity.item.add')).map((call) => ({
    status: call.status,
    code: call.params['CODE'],
    directory: call.params['PREVIEW_TEXT'],
    entry: JSON.parse(String(call.params['DETAIL_TEXT'])) as StoredEntry['entry'],
  }));
}

/** The stage colour a card shows (its header's --stage-colour), in lower case. */
export const shownColour = (app: FrameLocator, name: string) =>
  app
    .getByRole('article', { name, exact: true })
    .locator('header')
    .evaluate((el) => getComputedStyle(el).getPropertyValue('--stage-colour').toLowerCase());

/** A guarded write: the directory read before the update and after it, in one request. */
export const GUARDED_WRITE = ['crm.status.list', 'crm.status.update', 'crm.status.list'];
/** What a revert or an add-back plans against: the directories and the rows, in one request. */
export const FRESH_READ = ['crm.status.entity.types', 'crm.status.list'];

/** A stage of the default deal pipeline as the portal holds it. */
export const row = async (portal: TestPortal, statusId: string) =>
  (await portal.statuses('DEAL_STAGE')).find((s) => s.STATUS_ID === statusId);

/** A stage's card on the board. */
export const card = (app: FrameLocator, name: string) =>
  app.getByRole('article', { name, exact: true });
