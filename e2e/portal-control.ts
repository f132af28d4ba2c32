// The one client of the emulator's test-control API (`/__emulator/…`, emulator/README.md), shared
// by the Playwright specs (fixtures.ts), the soak and the bench. It speaks through a fetch-like
// function, so Playwright's request context and Node's own fetch both carry it.

export interface JournalEntry {
  seq: number;
  /** When the emulator received the request (ISO-8601). */
  at: string;
  method: string;
  params: Record<string, unknown>;
  status: number;
  error?: string;
  parent?: number;
}

export interface StatusRow {
  ID: string;
  ENTITY_ID: string;
  STATUS_ID: string;
  NAME: string;
  NAME_INIT?: string;
  SORT: string | number;
  COLOR?: string;
  SEMANTICS?: string | null;
  SYSTEM?: string;
  CATEGORY_ID?: string | number | null;
}

export interface PlacementBinding {
  placement: string;
  handler: string;
  title: string;
  description: string;
  langAll: Record<string, { TITLE?: string; DESCRIPTION?: string }>;
}

export interface CrmItem {
  id: number;
  entityTypeId: number;
  stageId: string;
}

export interface PortalState {
  statuses: StatusRow[];
  items: CrmItem[];
  placements: PlacementBinding[];
  installed: boolean;
  userOptions: Record<string, Record<string, unknown>>;
  /** Times the portal page saved a user option for the app. */
  userOptionWrites: number;
}

/** The part of a fetch answer the client reads. */
export interface ControlAnswer {
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}

/** Node's `fetch` fits as it is; `playwrightFetch` in fixtures.ts adapts Playwright's requests. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<ControlAnswer>;

export interface ControlConnection {
  readonly fetch: FetchLike;
  /** The emulator's origin; '' where the fetch resolves paths itself (Playwright's baseURL). */
  readonly baseUrl: string;
}

/** A fault the emulator injects (emulator/README.md, "Faults"). */
export type Fault = Record<string, unknown>;

/** The portal's 500 INTERNAL_SERVER_ERROR for the next command of `method`. */
export const internalError = (method: string): Fault => ({
  type: 'error',
  method,
  status: 500,
  error: 'INTERNAL_SERVER_ERROR',
  error_description: 'Internal server error',
});

/**
 * A private local portal (the emulator hosts many), so tests run in parallel without sharing
 * state. Every call fails loudly when the emulator refuses it.
 */
export class PortalControl {
  constructor(
    readonly id: string,
    private readonly connection: ControlConnection,
    readonly appUrl = '',
  ) {}

  /** Creates (or replaces) a fresh portal from the emulator's seed. */
  static async create(connection: ControlConnection, id: string, appUrl = '') {
    await send(connection, 'POST', '/__emulator/portals', { id }, true);
    return new PortalControl(id, connection, appUrl);
  }

  /** The portal page with the app in its frame (the emulator's default app without an appUrl). */
  get pageUrl() {
    const portal = `/?portal=${encodeURIComponent(this.id)}`;
    return this.appUrl ? `${portal}&app=${encodeURIComponent(this.appUrl)}` : portal;
  }

  /** The portal page with another page of the app (e.g. install.html) in its frame. */
  pageUrlFor(page: string) {
    const app = new URL(page, this.appUrl).href;
    return `/?portal=${encodeURIComponent(this.id)}&app=${encodeURIComponent(app)}`;
  }

  private control(method: string, path: string, body?: unknown, idempotent = method !== 'POST') {
    return send(this.connection, method, `/__emulator/${this.id}/${path}`, body, idempotent);
  }

  async journal(): Promise<JournalEntry[]> {
    return (await this.control('GET', 'journal')) as JournalEntry[];
  }

  async clearJournal() {
    await this.control('DELETE', 'journal');
  }

  /** HTTP requests to /rest (batch sub-commands excluded). */
  async requests(): Promise<JournalEntry[]> {
    return (await this.journal()).filter((e) => e.parent === undefined);
  }

  /** HTTP requests to /rest, each with what it followed the board for (null: the board's own). */
  async requestsFor(): Promise<(JournalEntry & { follower: BoardFollower | null })[]> {
    const journal = await this.journal();
    return journal
      .filter((e) => e.parent === undefined)
      .map((e) => ({ ...e, follower: followerOf(journal.filter((r) => r.parent === e.seq)) }));
  }

  /** HTTP requests that load or change stages: every request that merely follows a board left out. */
  async boardRequests(): Promise<JournalEntry[]> {
    return (await this.requestsFor()).filter((r) => r.follower === null);
  }

  /** HTTP requests of the change journal: batches of app storage, profile and clock only. */
  async journalRequests(): Promise<JournalEntry[]> {
    return (await this.requestsFor()).filter((r) => r.follower === 'journal');
  }

  /** Commands of one method, wherever they ran (alone or inside a batch). */
  async calls(method: string): Promise<JournalEntry[]> {
    return (await this.journal()).filter((e) => e.method === method);
  }

  /** The portal's whole state (statuses, placements, installed, userOptions...). */
  async state(): Promise<PortalState> {
    return (await this.control('GET', 'state')) as PortalState;
  }

  async statuses(entityId?: string): Promise<StatusRow[]> {
    const { statuses } = await this.state();
    return statuses.filter((s) => entityId === undefined || s.ENTITY_ID === entityId);
  }

  /** Stage names of a directory in the portal's order (SORT, then ID). */
  async order(entityId: string): Promise<string[]> {
    return portalOrder(await this.statuses(entityId)).map((r) => r.NAME);
  }

  /** CRM items (id, type, stage) as the portal holds them. */
  async items(): Promise<CrmItem[]> {
    return (await this.state()).items;
  }

  async settings(settings: Record<string, unknown>) {
    await this.control('POST', 'settings', settings, true);
  }

  async fault(fault: Fault) {
    await this.control('POST', 'faults', fault);
  }

  /** The next `count` commands of `method` fail with the portal's 500 INTERNAL_SERVER_ERROR. */
  async failCommand(method: string, count = 1) {
    await this.fault({ ...internalError(method), count });
  }

  /** Drops every fault not yet consumed. */
  async clearFaults() {
    await this.control('DELETE', 'faults');
  }

  async expireToken() {
    await this.control('POST', 'expire-token', undefined, true);
  }

  /** Plants `count` CRM items of one type in one stage. */
  async plantItems(item: {
    entityTypeId: number;
    categoryId?: number;
    stageId: string;
    count?: number;
  }) {
    await this.control('POST', 'items', item);
  }

  /** Stores raw rows as given (odd types, hostile names...); rows without ID get one. */
  async upsertStatuses(rows: Partial<StatusRow>[]) {
    await this.control('POST', 'statuses', rows, true);
  }

  /** Another administrator's REST call, through the portal's webhook route (user 1). */
  async asAnotherAdmin(method: string, params: Record<string, unknown>): Promise<unknown> {
    const path = `/rest/1/secret-${this.id}/${method}`;
    return ((await send(this.connection, 'POST', path, params, false)) as { result: unknown })
      .result;
  }
}

/** A command of the change journal (issue 12): the app's storage, who is signed in, the clock. */
export const isJournalCall = (e: Pick<JournalEntry, 'method'>) =>
  /^entity\./.test(e.method) || e.method === 'profile' || e.method === 'server.time';

/**
 * What the app asks for after a board is on screen, by design never as part of it: the item
 * counts (only crm.item.list inside), the change journal (only app storage, profile and clock) and
 * the stage analytics (only crm.stagehistory.list).
 */
export type BoardFollower = 'counts' | 'journal' | 'analytics';

export function followerOf(rows: readonly Pick<JournalEntry, 'method'>[]): BoardFollower | null {
  if (rows.length === 0) return null;
  if (rows.every((r) => r.method === 'crm.item.list')) return 'counts';
  if (rows.every(isJournalCall)) return 'journal';
  if (rows.every((r) => r.method === 'crm.stagehistory.list')) return 'analytics';
  return null;
}

/** Rows in the portal's own order: SORT, then ID. */
export function portalOrder<T extends Pick<StatusRow, 'SORT' | 'ID'>>(rows: readonly T[]): T[] {
  return rows
    .slice()
    .sort((a, b) => Number(a.SORT) - Number(b.SORT) || Number(a.ID) - Number(b.ID));
}

async function send(
  { fetch, baseUrl }: ControlConnection,
  method: string,
  path: string,
  body: unknown,
  idempotent: boolean,
): Promise<unknown> {
  const init = {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await fetch(baseUrl + path, init);
      const text = await answer.text();
      if (!answer.ok) throw new Error(`${method} ${path}: HTTP ${answer.status} ${text}`);
      return text ? (JSON.parse(text) as unknown) : undefined;
    } catch (error) {
      // Node's fetch may reuse a keep-alive socket the server has just closed (a TypeError,
      // ECONNRESET): a request that changes nothing when repeated is simply sent again.
      if (!idempotent || attempt === 3 || !(error instanceof TypeError)) throw error;
    }
  }
}

/** A CRM item with its amount, as the emulator's state carries it (what `now` adds up). */
export interface PricedItem extends CrmItem {
  categoryId: number;
  opportunity: number;
  currencyId: string;
  recycled?: boolean;
}
