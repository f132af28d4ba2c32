import type { CrmMode } from '../domain/directories';
import type { NewStagePlan } from '../domain/new-stage';
import type { PlacementSkip } from '../domain/placement';
import type { Directory, Stage, StagePatch } from '../domain/stage';
import type { PipelinesPort } from './pipelines-port';
import type { JournalPort } from './journal-port';
import type { AnalyticsPort } from './analytics-port';
import type { PortalError } from './portal-error';

export type { CrmMode, StagePatch };

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

/** A directory as the portal lists it now; both null when it no longer exists. */
export type DirectoryNow =
  | { readonly directory: Directory; readonly stages: Stage[] }
  | { readonly directory: null; readonly stages: null };

export interface StageUpdate {
  readonly id: string;
  readonly patch: StagePatch;
  /**
   * The values the admin saw; if the portal holds something else at write time, another admin
   * changed it: theirs is kept (restored) and the update fails with kind 'conflict'. Left out on a
   * deliberate overwrite.
   */
  readonly expected?: StagePatch;
}

export interface WriteFailure {
  readonly update: StageUpdate;
  readonly error: PortalError;
}

/** What did not land, and the directory as the portal holds it afterwards, read IN THE SAME BATCH as the writes. */
export interface WriteResult {
  readonly failures: readonly WriteFailure[];
  /** null only if the read-back itself failed. */
  readonly stages: readonly Stage[] | null;
}

/** A stage for crm.status.add: the domain's plan without the shifts, which go separately. */
export type NewStage = Omit<NewStagePlan, 'shifts'>;

export interface AddResult {
  readonly id: string;
  readonly stages: readonly Stage[] | null;
}

/** What the connection is going through right now, for the admin to see. */
export type PortalActivity = 'idle' | 'slow' | 'rate-limited';

/** The first page of the items in one stage: their ids (at most 50) and how many there are. */
export interface ItemPage {
  readonly ids: readonly number[];
  readonly total: number;
}

/**
 * The port: everything the app asks of Bitrix24. The SDK-backed implementation is sdk-portal.ts;
 * tests may provide their own. Every call is ONE request unless its comment says otherwise.
 */
export interface Portal {
  /** The portal's LANG (`en`, `ru`, `de`, ...). */
  readonly lang: string;
  /** IS_ADMIN of the frame: a PORTAL administrator. Not the right to edit stages (see StartData.editRight). */
  readonly isPortalAdmin: boolean;
  /** Where Bitrix24 opened the app (`PLACEMENT`, `PLACEMENT_OPTIONS`) and whether to install. */
  readonly host: HostInfo;
  loadStart(entityId: string): Promise<StartData>;
  loadStages(entityId: string): Promise<Stage[]>;
  /** Whether the directory still exists (the portal's list of directories), and its stages. */
  loadDirectory(entityId: string): Promise<DirectoryNow>;
  /**
   * Sends the updates (49 per request: the last command of each reads the directory back) and
   * checks each against what the portal holds afterwards: an answer of `true` is not proof.
   */
  updateStages(entityId: string, updates: readonly StageUpdate[]): Promise<WriteResult>;
  /**
   * Sends `shifts` and the add in ONE batch with the read-back. crm.status.add is not idempotent:
   * after a lost answer, or a resend that meets our own stage, the STATUS_ID is looked up, so the
   * stage is never created twice and no error is shown for it. Throws PortalError.
   */
  addStage(stage: NewStage, shifts: readonly StageUpdate[]): Promise<AddResult>;
  /** Throws PortalError on refusal; resolves with the directory read back in the same batch. */
  deleteStage(entityId: string, id: string, forced: boolean): Promise<readonly Stage[] | null>;
  /** How many CRM items sit in each stage (by STATUS_ID), 50 stages per request. */
  countItems(entityTypeId: number, statusIds: readonly string[]): Promise<Record<string, number>>;
  /** The first page of the items in one stage. */
  listItems(entityTypeId: number, statusId: string): Promise<ItemPage>;
  /** Moves the items to another stage of the same pipeline, 50 per request. */
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
  /** Binds the pipeline-settings buttons the portal offers; says what it bound, skipped, and what failed. */
  installPlacements(request: InstallRequest): Promise<InstallReport>;
  /** Tells the portal the install is done; the portal then reopens the app (never resolves). */
  finishInstall(): void;
  /** Pipelines and stage sets (issue 13): crm.category.*, batched stage writes, item moves. */
  readonly pipelines: PipelinesPort;
  /** The change journal every admin of the portal shares (journal-port.ts). */
  readonly journal: JournalPort;
  /** Stage analytics from the stage history, and the item moves of an outcome change (issue 14). */
  readonly analytics: AnalyticsPort;
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
  /** Placement codes bound, as the portal lists them afterwards. */
  readonly bound: readonly string[];
  /** Placements left out on purpose: the portal does not offer them, or their stages are off. */
  readonly skipped: readonly PlacementSkip[];
  /** Real failures: until they are gone the install must not be finished. */
  readonly failures: readonly InstallFailure[];
}
