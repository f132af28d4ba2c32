import type { TypeB24 } from '@bitrix24/b24jssdk';
import type { Stage } from '../domain/stage';
import * as items from './crm-items';
import { SdkAnalytics } from './sdk-analytics';
import { pipelinesPort } from './pipelines';
import type { PipelinesPort } from './pipelines-port';
import { lazyJournalPort, type JournalPort } from './journal-port';
import type {
  AddResult,
  DirectoryNow,
  HostInfo,
  InstallReport,
  InstallRequest,
  ItemPage,
  NewStage,
  Portal,
  PortalActivity,
  StageUpdate,
  StartData,
  WriteResult,
} from './portal';
import { SdkTransport } from './sdk-transport';
import { addStage } from './stage-add';
import { deleteStage } from './stage-delete';
import { readDirectory } from './stage-rows';
import { updateStages } from './stage-updates';
import { loadDirectory, loadStart } from './start';

/** What only the frame has (a development webhook is never installed nor placed). */
export interface HostActions {
  readonly info: HostInfo;
  fitHeight(height: number): void;
  finishInstall(): void;
}

const WEBHOOK_HOST: HostActions = {
  info: { placement: 'DEFAULT', placementOptions: {}, installMode: false },
  fitHeight: () => undefined,
  finishInstall: () => undefined,
};

export interface UserOptions {
  get(name: string): string | null;
  set(name: string, value: string): void;
}

export interface SdkPortalOptions {
  readonly isPortalAdmin: boolean;
  readonly lang: string;
  readonly userOptions: UserOptions;
  readonly reload: () => void;
  /** The frame's placement, install mode and parent commands; the webhook has none. */
  readonly host?: HostActions;
}

/**
 * The Portal over the SDK: a thin facade. Works with B24Frame (inside the portal) and B24Hook
 * (webhook, development): both expose `actions.v2`. Each method lives in its own module, all of
 * them sending through the one transport and reading answers through batch.ts.
 */
export class SdkPortal implements Portal {
  readonly isPortalAdmin: boolean;
  readonly lang: string;
  readonly reload: () => void;
  readonly journal: JournalPort;
  private readonly transport: SdkTransport;
  private readonly userOptions: UserOptions;
  private readonly hostActions: HostActions;
  readonly pipelines: PipelinesPort;
  readonly analytics: SdkAnalytics;

  constructor(b24: TypeB24, options: SdkPortalOptions) {
    this.isPortalAdmin = options.isPortalAdmin;
    this.lang = options.lang;
    this.reload = options.reload;
    this.userOptions = options.userOptions;
    this.hostActions = options.host ?? WEBHOOK_HOST;
    this.transport = new SdkTransport(b24);
    const { send } = this.transport;
    this.pipelines = pipelinesPort(send, b24.getTargetOrigin());
    this.journal = lazyJournalPort(() =>
      import('./journal-store').then((m) => m.journalStore(send)),
    );
    this.analytics = new SdkAnalytics(this.transport.send);
  }

  private get send() {
    return this.transport.send;
  }

  get host(): HostInfo {
    return this.hostActions.info;
  }

  onActivity(listener: (activity: PortalActivity) => void): () => void {
    return this.transport.onActivity(listener);
  }

  loadStart(entityId: string): Promise<StartData> {
    return loadStart(this.send, entityId, this.isPortalAdmin);
  }

  loadStages(entityId: string): Promise<Stage[]> {
    return readDirectory(this.send, entityId);
  }

  loadDirectory(entityId: string): Promise<DirectoryNow> {
    return loadDirectory(this.send, entityId);
  }

  updateStages(entityId: string, updates: readonly StageUpdate[]): Promise<WriteResult> {
    return updateStages(this.send, entityId, updates);
  }

  addStage(stage: NewStage, shifts: readonly StageUpdate[]): Promise<AddResult> {
    return addStage(this.send, stage, shifts);
  }

  deleteStage(entityId: string, id: string, forced: boolean): Promise<readonly Stage[] | null> {
    return deleteStage(this.send, entityId, id, forced);
  }

  countItems(entityTypeId: number, statusIds: readonly string[]): Promise<Record<string, number>> {
    return items.countItems(this.send, entityTypeId, statusIds);
  }

  listItems(entityTypeId: number, statusId: string): Promise<ItemPage> {
    return items.listItems(this.send, entityTypeId, statusId);
  }

  moveItems(entityTypeId: number, ids: readonly number[], toStatusId: string): Promise<void> {
    return items.moveItems(this.send, entityTypeId, ids, toStatusId);
  }

  userOption(name: string): string | null {
    return this.userOptions.get(name);
  }

  setUserOption(name: string, value: string): void {
    this.userOptions.set(name, value);
  }

  fitHeight(height: number): void {
    this.hostActions.fitHeight(height);
  }

  installPlacements(request: InstallRequest): Promise<InstallReport> {
    // Only the install needs this code: it loads then, never with the board.
    return import('./install').then((module) => module.installPlacements(this.send, request));
  }

  finishInstall(): void {
    this.hostActions.finishInstall();
  }
}
