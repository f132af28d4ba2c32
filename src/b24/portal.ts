import type { NewStagePlan } from '../domain/new-stage';
import type { Directory, Stage, StagePatch } from '../domain/stage';
import type { PortalError } from './portal-error';

export type CrmMode = 'classic' | 'simple';

/** Who may change stages here, decided from what the portal allows (docs/server-behaviour.md §9). */
export type EditRight =
  | { readonly kind: 'allowed' }
  | { readonly kind: 'read-only'; readonly reason: 'not-crm-admin' | 'no-crm-access' };

/** What the first board needs, fetched in one request right after the SDK handshake. */
export interface StartData {
  readonly directories: Directory[];
  readonly crmMode: CrmMode;
  /** The stages of the directory asked for, or null when the portal has no such directory. */
  readonly stages: Stage[] | null;
  readonly editRight: EditRight;
}

export interface StageUpdate {
  readonly id: string;
  readonly patch: StagePatch;
  /**
   * The values the admin saw before editing. When the portal holds something else at write
   * time, another admin changed it meanwhile: their value is kept and the update fails as a
   * conflict instead of silently overwriting it. Left out on a deliberate overwrite.
   */
  readonly expected?: StagePatch;
}

/** What the connection is going through right now, for the admin to see. */
export type PortalActivity = 'idle' | 'slow' | 'rate-limited';

export interface WriteFailure {
  readonly update: StageUpdate;
  readonly error: PortalError;
}

/** What did not land, and the directory as the portal holds it afterwards (same batch). */
export interface WriteResult {
  readonly failures: readonly WriteFailure[];
  /** Null only when the read-back itself failed; the caller then re-reads. */
  readonly stages: readonly Stage[] | null;
}

/** A stage for crm.status.add: the domain's plan without the shifts, which go separately. */
export type NewStage = Omit<NewStagePlan, 'shifts'>;

export interface AddResult {
  readonly id: string;
  readonly stages: readonly Stage[] | null;
}

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
  /** The portal's LANG (`en`, `ru`, `de`, ...). */
  readonly lang: string;
  /** IS_ADMIN of the frame: a portal administrator. Not the right to edit stages (StartData). */
  readonly isPortalAdmin: boolean;
  /** Where Bitrix24 opened the app (`PLACEMENT`, `PLACEMENT_OPTIONS`) and whether to install. */
  readonly host: HostInfo;
  loadStart(entityId: string): Promise<StartData>;
  loadStages(entityId: string): Promise<Stage[]>;
  /** Sends the updates (batches of at most 50) and reads the directory back in the same batch. */
  updateStages(entityId: string, updates: readonly StageUpdate[]): Promise<WriteResult>;
  /**
   * Adds a stage, sending `shifts` and the add in ONE batch. crm.status.add is not idempotent:
   * after a lost answer the STATUS_ID is looked up, so the stage is never created twice.
   * Throws a PortalError.
   */
  addStage(stage: NewStage, shifts: readonly StageUpdate[]): Promise<AddResult>;
  /** crm.status.delete (`forced`: FORCED=Y); throws a PortalError; resolves with the read-back. */
  deleteStage(entityId: string, id: string, forced: boolean): Promise<readonly Stage[] | null>;
  /** How many CRM items sit in each stage (by STATUS_ID), in one batch of crm.item.list. */
  countItems(entityTypeId: number, statusIds: readonly string[]): Promise<Record<string, number>>;
  /** The first page of the items in one stage. */
  listItems(entityTypeId: number, statusId: string): Promise<ItemPage>;
  /** Moves the items to another stage of the same pipeline, in one batch of crm.item.update. */
  moveItems(entityTypeId: number, ids: readonly number[], toStatusId: string): Promise<void>;
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
  /** Asks the portal to make the app's frame this tall (the height of the app's content). */
  fitHeight(height: number): void;
  /** Binds the pipeline-settings placements the portal offers; says what it bound and skipped. */
  installPlacements(request: InstallRequest): Promise<InstallReport>;
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

export interface InstallReport {
  readonly bound: readonly string[];
  readonly skipped: readonly {
    readonly placement: string;
    readonly reason: 'not-offered' | 'stages-disabled';
  }[];
  readonly failures: readonly InstallFailure[];
}
