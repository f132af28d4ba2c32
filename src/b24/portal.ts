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
}

export interface WriteFailure {
  readonly update: StageUpdate;
  readonly error: PortalError;
}

/**
 * The port: everything the app asks of Bitrix24. The SDK-backed implementation lives in
 * sdk-portal.ts; tests may provide their own.
 */
export interface Portal {
  readonly isAdmin: boolean;
  /** The portal's LANG (`en`, `ru`, `de`, ...). */
  readonly lang: string;
  /** The directory the admin last opened (kept as a user option), if any. */
  readonly lastDirectory: string | null;
  loadStart(entityId: string): Promise<StartData>;
  loadStages(entityId: string): Promise<Stage[]>;
  /** Sends every update in as few batch requests as possible; resolves with what did not land. */
  updateStages(updates: readonly StageUpdate[]): Promise<WriteFailure[]>;
  rememberDirectory(entityId: string): void;
}
