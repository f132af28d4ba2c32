// Tenants ("portals"). Each one is a complete, isolated Bitrix24 in memory: its own directories,
// items, tokens, settings, journal, faults and rate-limit bucket, so parallel Playwright tests
// never see each other's writes.
import { defaultFeatureSettings } from './feature-settings';
import { FaultList } from './faults';
import { LeakyBucket } from './rate-limit';
import { APP_SCOPES } from './rest/app';
import { emptyStorage, type AppStorage } from './app-storage';
import { seedPipelines, type PipelineBook } from './categories';
import { seedWorld } from './history-seed';
import { seedEntityTypes, seedStatuses } from './seed';
import { SessionTokens, type Token } from './sessions';
import type {
  CrmItem,
  EntityType,
  Json,
  JsonObject,
  JournalEntry,
  PlacementBinding,
  PortalSettings,
  StageHistoryRow,
  StatusRow,
  UserKind,
} from './types';

export function defaultSettings(): PortalSettings {
  return {
    answers: 'server',
    user: 'portal-admin',
    admin: true,
    smartInvoices: true,
    disabledSmartProcess: false,
    scopes: [...APP_SCOPES],
    lang: 'en',
    crmMode: 'classic',
    tokenLifetime: 3600,
    rateLimit: { burst: 50, drainRate: 2 },
    placement: 'DEFAULT',
    placementOptions: {},
    install: false,
    firstRun: false,
    refreshAuth: 'answer',
    ...defaultFeatureSettings(),
  };
}

/** What --data persists: the domain state, never tokens, journal or faults. */
export interface Snapshot {
  statuses: StatusRow[];
  items: CrmItem[];
  history: StageHistoryRow[];
  settings: PortalSettings;
  appOptions: JsonObject;
  userOptions: Record<string, JsonObject>;
  placements: PlacementBinding[];
  installed: boolean;
  nextStatusId: number;
  nextHistoryId: number;
  pipelines?: PipelineBook;
  appStorage?: AppStorage;
  /** Pipelines added through crm.category.add change the directory list too. */
  entityTypes?: EntityType[];
}

export class Portal {
  statuses: StatusRow[] = [];
  entityTypes: EntityType[] = [];
  items: CrmItem[] = [];
  history: StageHistoryRow[] = [];
  settings: PortalSettings = defaultSettings();
  appOptions: JsonObject = {};
  userOptions: Record<string, JsonObject> = {};
  /** How many times the page saved a user option for the app (setUserOption), for the bench. */
  userOptionWrites = 0;
  placements: PlacementBinding[] = [];
  installed = true;
  nextStatusId = 1;
  nextHistoryId = 1;
  /** crm.category.* (categories.ts). */
  pipelines: PipelineBook = seedPipelines();
  /** entity.* (app-storage.ts). */
  appStorage: AppStorage = emptyStorage();
  journal: JournalEntry[] = [];
  private journalSeq = 0;
  readonly faults = new FaultList();
  readonly bucket = new LeakyBucket();
  /** One access token per page session (sessions.ts). */
  readonly tokens = new SessionTokens();
  /** Set by the registry: persists the portal after a change (only with --data). */
  onChange: () => void = () => undefined;

  constructor(readonly id: string) {
    this.reset();
  }

  get memberId(): string {
    return `emulator-${this.id}`;
  }

  get webhookSecret(): string {
    return `secret-${this.id}`;
  }

  reset(): void {
    this.entityTypes = seedEntityTypes();
    this.statuses = seedStatuses();
    // A year of items and stage history, built once and shared (frozen rows; history-seed.ts).
    const seeded = seedWorld();
    this.items = seeded.items.slice();
    this.history = seeded.history.slice();
    this.settings = defaultSettings();
    this.appOptions = {};
    this.userOptions = {};
    this.userOptionWrites = 0;
    this.placements = [];
    this.installed = true;
    this.nextStatusId = this.statuses.reduce((max, r) => Math.max(max, Number(r.ID) || 0), 0) + 2;
    this.nextHistoryId = this.history.length + 1;
    this.pipelines = seedPipelines();
    this.appStorage = emptyStorage();
    this.journal = [];
    this.journalSeq = 0;
    this.faults.clear();
    this.bucket.reset();
    this.tokens.clear();
  }

  // ---- directories -------------------------------------------------------------------------

  entityType(entityId: string): EntityType | undefined {
    return this.entityTypes.find((t) => t.ID === entityId);
  }

  /** The directory holding stages of an item type + pipeline (DEAL_STAGE, DEAL_STAGE_1, ...). */
  stageEntityFor(entityTypeId: number, categoryId: number): EntityType | undefined {
    const candidates = this.entityTypes.filter((t) => t['ENTITY_TYPE_ID'] === entityTypeId);
    if (candidates.length <= 1) return candidates[0];
    return candidates.find((t) => Number(t['CATEGORY_ID'] ?? 0) === categoryId);
  }

  semanticOfStage(entityTypeId: number, stageId: string): 'P' | 'S' | 'F' {
    const types = this.entityTypes.filter((t) => t['ENTITY_TYPE_ID'] === entityTypeId);
    const row = this.statuses.find(
      (r) => r.STATUS_ID === stageId && types.some((t) => t.ID === r.ENTITY_ID),
    );
    return row?.SEMANTICS === 'S' ? 'S' : row?.SEMANTICS === 'F' ? 'F' : 'P';
  }

  allocateStatusId(): string {
    const id = this.nextStatusId;
    this.nextStatusId += 2;
    return String(id);
  }

  /** Rows planted through the control API may carry any ID; keep allocation above them. */
  upsertRaw(rows: JsonObject[]): StatusRow[] {
    const out: StatusRow[] = [];
    for (const raw of rows) {
      const id = raw['ID'] === undefined ? this.allocateStatusId() : String(raw['ID']);
      const row = { ...raw, ID: id } as unknown as StatusRow;
      const index = this.statuses.findIndex((r) => String(r.ID) === id);
      if (index >= 0) this.statuses[index] = { ...this.statuses[index], ...row };
      else this.statuses.push(row);
      if (Number(id) >= this.nextStatusId) this.nextStatusId = Number(id) + 2;
      out.push(row);
    }
    this.onChange();
    return out;
  }

  /** Test control: `count` new items of one type in one stage (ids continue the type's own). */
  plantItems(entityTypeId: number, categoryId: number, stageId: string, count: number): CrmItem[] {
    let id = this.items
      .filter((i) => i.entityTypeId === entityTypeId)
      .reduce((max, i) => Math.max(max, i.id), 0);
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const planted: CrmItem[] = [];
    for (let n = 0; n < count; n++) {
      planted.push({
        id: ++id,
        entityTypeId,
        categoryId,
        stageId,
        title: `Planted item ${id}`,
        opportunity: 0,
        currencyId: 'USD',
        assignedById: 1,
        createdTime: now,
        updatedTime: now,
      });
    }
    this.items.push(...planted);
    this.onChange();
    return planted;
  }

  // ---- tokens (the portal's OAuth server) ----------------------------------------------------

  /** The token issued last, whatever its session. */
  get token(): Token | null {
    return this.tokens.last;
  }

  /**
   * A new token for one page session (`''` when the page names none), replacing only that
   * session's token; `user` pins the session to a user of its own instead of the `user` setting.
   */
  issueToken(session = '', user: UserKind | null = null): Token {
    return this.tokens.issue(session, this.settings.tokenLifetime, this.settings.user, user);
  }

  expireToken(): void {
    this.tokens.expireAll();
  }

  // ---- journal -------------------------------------------------------------------------------

  record(entry: Omit<JournalEntry, 'seq' | 'at'>): JournalEntry {
    this.journalSeq += 1;
    const full: JournalEntry = { seq: this.journalSeq, at: new Date().toISOString(), ...entry };
    this.journal.push(full);
    return full;
  }

  // ---- views ---------------------------------------------------------------------------------

  snapshot(): Snapshot {
    return {
      statuses: this.statuses,
      items: this.items,
      history: this.history,
      settings: this.settings,
      appOptions: this.appOptions,
      userOptions: this.userOptions,
      placements: this.placements,
      installed: this.installed,
      nextStatusId: this.nextStatusId,
      nextHistoryId: this.nextHistoryId,
      pipelines: this.pipelines,
      appStorage: this.appStorage,
      entityTypes: this.entityTypes,
    };
  }

  restore(data: Partial<Snapshot>): void {
    if (Array.isArray(data.statuses)) this.statuses = data.statuses;
    if (Array.isArray(data.items)) this.items = data.items;
    if (Array.isArray(data.history)) this.history = data.history;
    if (data.settings) this.settings = { ...defaultSettings(), ...data.settings };
    if (data.appOptions) this.appOptions = data.appOptions;
    if (data.userOptions) this.userOptions = data.userOptions;
    if (Array.isArray(data.placements)) this.placements = data.placements;
    if (typeof data.installed === 'boolean') this.installed = data.installed;
    if (typeof data.nextStatusId === 'number') this.nextStatusId = data.nextStatusId;
    if (typeof data.nextHistoryId === 'number') this.nextHistoryId = data.nextHistoryId;
    if (data.pipelines) this.pipelines = data.pipelines;
    if (data.appStorage) this.appStorage = data.appStorage;
    if (Array.isArray(data.entityTypes)) this.entityTypes = data.entityTypes;
  }

  /** GET /__emulator/<id>/state */
  publicState(): Json {
    return JSON.parse(
      JSON.stringify({
        statuses: this.statuses,
        entityTypes: this.entityTypes,
        items: this.items,
        settings: this.settings,
        appOptions: this.appOptions,
        userOptions: this.userOptions,
        userOptionWrites: this.userOptionWrites,
        placements: this.placements,
        installed: this.installed,
      }),
    ) as Json;
  }
}
