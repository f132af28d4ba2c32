import type { NewStagePlan } from '../domain/new-stage';
import type { Directory, Stage } from '../domain/stage';
import type { PortalError } from './portal-error';

export type CrmMode = 'classic' | 'simple';

/** What the first board needs, fetched in one request right after the SDK handshake. */
export interface StartData {
  readonly directories: Directory[];
  readonly crmMode: CrmMode;
  /** The stages of the directory asked for, or null when the portal has no such directory. */
  readonly stages: Stage[] | null;
}

/** crm.status.update accepts only NAME, SORT and COLOR; everything else is immutable. */
export interface StageChange {
  readonly NAME?: string;
  readonly SORT?: number;
  readonly COLOR?: string;
}

export interface StageUpdate {
  readonly id: string;
  readonly fields: StageChange;
  /**
   * The NAME/COLOR the admin saw before editing. When the portal holds something else at write
   * time, another admin changed it meanwhile: their value is kept and the write is reported as a
   * conflict instead of silently overwriting it. Left out on a deliberate overwrite.
   */
  readonly expected?: StageChange;
}

/** What the connection is going through right now, for the admin to see. */
export type PortalActivity = 'idle' | 'slow' | 'rate-limited';

export interface WriteFailure {
  readonly update: StageUpdate;
  readonly error: PortalError;
}

/** A stage for crm.status.add: the domain's plan without the shifts, which go separately. */
export type NewStage = Omit<NewStagePlan, 'shifts'>;

/** The first page of the items in one stage: their ids (at most 50) and how many there are. */
export interface ItemPage {
  readonly ids: readonly number[];
  readonly total: number;
}

/**
 * The port: everything the app asks of Bitrix24. The SDK-backed implementation lives in
 * sdk-portal.ts; tests may provide their own.
 */
export interface Portal {
  readonly isAdmin: boolean;
  /** The portal's LANG (`en`, `ru`, `de`, ...). */
  readonly lang: string;
  loadStart(entityId: string): Promise<StartData>;
  loadStages(entityId: string): Promise<Stage[]>;
  /** Sends every update in as few batch requests as possible; resolves with what did not land. */
  updateStages(updates: readonly StageUpdate[]): Promise<WriteFailure[]>;
  /**
   * Per-user values kept by the portal itself (the frame's USER_OPTIONS): they follow the admin
   * across reloads and browsers, and work where a third-party frame gets no localStorage.
   */
  userOption(name: string): string | null;
  setUserOption(name: string, value: string): void;
  /**
   * Asks the portal to open the app afresh, with a new session. The portal loads the frame with a
   * POST, so the frame reloading itself would resubmit a stale form instead.
   */
  reload(): void;
  /** Calls back when a request has been waiting long (slow portal, or rate-limit retries). */
  onActivity(listener: (activity: PortalActivity) => void): () => void;
  /**
   * Adds a stage, sending `shifts` (crm.status.update) and the add in ONE batch. crm.status.add is
   * not idempotent: after a lost answer the directory is re-read and the STATUS_ID looked up, so
   * the stage is never created twice. Resolves with the new row id; throws a PortalError.
   */
  addStage(stage: NewStage, shifts: readonly StageUpdate[]): Promise<string>;
  /** crm.status.delete; `forced` sends `params: {FORCED: 'Y'}` (needed for system stages). */
  deleteStage(id: string, forced: boolean): Promise<void>;
  /** How many CRM items sit in each stage (by STATUS_ID), in one batch of crm.item.list. */
  countItems(entityTypeId: number, statusIds: readonly string[]): Promise<Record<string, number>>;
  /** The first page of the items in one stage. */
  listItems(entityTypeId: number, statusId: string): Promise<ItemPage>;
  /** Moves the items to another stage of the same pipeline, in one batch of crm.item.update. */
  moveItems(entityTypeId: number, ids: readonly number[], toStatusId: string): Promise<void>;

  /** Where Bitrix24 opened the app (`PLACEMENT`, `PLACEMENT_OPTIONS`) and whether to install. */
  readonly host: HostInfo;
  /** Asks the portal to make the app's frame this tall (the height of the app's content). */
  fitHeight(height: number): void;
  /** Unbinds, then binds the pipeline-settings placements; resolves with what did not land. */
  installPlacements(request: InstallRequest): Promise<InstallFailure[]>;
  /** Tells the portal the install is done; the portal then reopens the app (never resolves). */
  finishInstall(): void;
}

export interface HostInfo {
  /** `PLACEMENT`: `DEFAULT` on the app's own page, a placement code inside a CRM page. */
  readonly placement: string;
  /** `PLACEMENT_OPTIONS` as the SDK received them: an object, or `''` on some portals. */
  readonly placementOptions: unknown;
  /** `INSTALL`: the portal opened the app to install it (first time or reinstall). */
  readonly installMode: boolean;
}

export interface PlacementTitle {
  readonly TITLE: string;
  readonly DESCRIPTION: string;
}

export interface InstallRequest {
  /** The handler Bitrix24 opens from the placements: the app's own index.html. */
  readonly handler: string;
  /** In the portal's language; shown where the portal has no LANG_ALL entry for its language. */
  readonly title: PlacementTitle;
  /** `LANG_ALL`: the placement's title in every language the app speaks. */
  readonly titles: Readonly<Record<string, PlacementTitle>>;
}

export interface InstallFailure {
  /** The placement code, or '' when the step before binding (reading the portal) failed. */
  readonly placement: string;
  readonly method: string;
  readonly error: PortalError;
}
