import { test as base, expect, type APIRequestContext, type FrameLocator } from '@playwright/test';

export interface JournalEntry {
  seq: number;
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

export interface PortalState {
  placements: PlacementBinding[];
  installed: boolean;
  userOptions: Record<string, Record<string, unknown>>;
}

/**
 * A private local portal for one test (the emulator hosts many), so tests run in parallel
 * without sharing state. Wraps the emulator's test-control API.
 */
export class TestPortal {
  constructor(
    readonly id: string,
    private readonly request: APIRequestContext,
    readonly appUrl: string,
  ) {}

  private path(rest: string) {
    return `/__emulator/${this.id}/${rest}`;
  }

  /** The portal page with the app in its frame. */
  get pageUrl() {
    return `/?portal=${encodeURIComponent(this.id)}&app=${encodeURIComponent(this.appUrl)}`;
  }

  async journal(): Promise<JournalEntry[]> {
    const response = await this.request.get(this.path('journal'));
    expect(response.ok()).toBe(true);
    return (await response.json()) as JournalEntry[];
  }

  async clearJournal() {
    await this.request.delete(this.path('journal'));
  }

  /** HTTP requests to /rest (batch sub-commands excluded). */
  async requests(): Promise<JournalEntry[]> {
    return (await this.journal()).filter((e) => e.parent === undefined);
  }

  /**
   * HTTP requests that load or change stages: the item-count batches the board sends after it
   * shows a directory (only crm.item.list inside) are left out.
   */
  async boardRequests(): Promise<JournalEntry[]> {
    const journal = await this.journal();
    return journal.filter((e) => {
      if (e.parent !== undefined) return false;
      const rows = journal.filter((r) => r.parent === e.seq);
      return rows.length === 0 || !rows.every((r) => r.method === 'crm.item.list');
    });
  }

  /** Commands of one method, wherever they ran (alone or inside a batch). */
  async calls(method: string): Promise<JournalEntry[]> {
    return (await this.journal()).filter((e) => e.method === method);
  }

  async statuses(entityId?: string): Promise<StatusRow[]> {
    const response = await this.request.get(this.path('state'));
    const state = (await response.json()) as { statuses: StatusRow[] };
    return state.statuses.filter((s) => entityId === undefined || s.ENTITY_ID === entityId);
  }

  /** Stage names of a directory in the portal's order (SORT, then ID). */
  async order(entityId: string): Promise<string[]> {
    const rows = await this.statuses(entityId);
    return rows
      .slice()
      .sort((a, b) => Number(a.SORT) - Number(b.SORT) || Number(a.ID) - Number(b.ID))
      .map((r) => r.NAME);
  }

  /** The portal's whole state (placements, installed, userOptions...), as the control API has it. */
  async state(): Promise<PortalState> {
    const response = await this.request.get(this.path('state'));
    expect(response.ok()).toBe(true);
    return (await response.json()) as PortalState;
  }

  /** The portal page with another page of the app (e.g. install.html) in its frame. */
  pageUrlFor(page: string) {
    const app = new URL(page, this.appUrl).href;
    return `/?portal=${encodeURIComponent(this.id)}&app=${encodeURIComponent(app)}`;
  }

  async settings(settings: Record<string, unknown>) {
    const response = await this.request.post(this.path('settings'), { data: settings });
    expect(response.ok()).toBe(true);
  }

  async fault(fault: Record<string, unknown>) {
    const response = await this.request.post(this.path('faults'), { data: fault });
    expect(response.ok()).toBe(true);
  }

  /** The next `count` commands of `method` fail with the portal's 500 INTERNAL_SERVER_ERROR. */
  async failCommand(method: string, count = 1) {
    await this.fault({
      method,
      count,
      type: 'error',
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'Internal server error',
    });
  }

  /** Another administrator's REST call, through the portal's webhook route (user 1). */
  async asAnotherAdmin(method: string, params: Record<string, unknown>): Promise<unknown> {
    const response = await this.request.post(`/rest/1/secret-${this.id}/${method}`, {
      data: params,
    });
    expect(response.ok()).toBe(true);
    return ((await response.json()) as { result: unknown }).result;
  }

  /** Drops every fault not yet consumed. */
  async clearFaults() {
    const response = await this.request.delete(this.path('faults'));
    expect(response.ok()).toBe(true);
  }

  async expireToken() {
    const response = await this.request.post(this.path('expire-token'));
    expect(response.ok()).toBe(true);
  }

  /** Plants `count` CRM items of one type in one stage. */
  async plantItems(item: {
    entityTypeId: number;
    categoryId?: number;
    stageId: string;
    count?: number;
  }) {
    const response = await this.request.post(this.path('items'), { data: item });
    expect(response.ok()).toBe(true);
  }

  /** CRM items (id, type, stage) as the portal holds them. */
  async items(): Promise<{ id: number; entityTypeId: number; stageId: string }[]> {
    const response = await this.request.get(this.path('state'));
    const state = (await response.json()) as {
      items: { id: number; entityTypeId: number; stageId: string }[];
    };
    return state.items;
  }

  async upsertStatuses(rows: Partial<StatusRow>[]) {
    const response = await this.request.post(this.path('statuses'), { data: rows });
    expect(response.ok()).toBe(true);
  }
}

interface Fixtures {
  appUrl: string;
  portal: TestPortal;
  /** Opens the portal page and returns the app's frame. */
  openApp: () => Promise<FrameLocator>;
}

export const test = base.extend<Fixtures>({
  appUrl: ['', { option: true }],
  portal: async ({ request, appUrl }, use, testInfo) => {
    const id = `t${testInfo.workerIndex}-${testInfo.testId.slice(0, 12)}-${testInfo.retry}`;
    const response = await request.post('/__emulator/portals', { data: { id } });
    expect(response.ok()).toBe(true);
    // The emulator's default rate limit is the real one; tests keep it unless they study it.
    await use(new TestPortal(id, request, appUrl));
  },
  openApp: async ({ page, portal }, use) => {
    await use(async () => {
      await page.goto(portal.pageUrl);
      return page.frameLocator('#app-frame');
    });
  },
});

export { expect };
