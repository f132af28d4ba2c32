import type {
  AddResult,
  DirectoryNow,
  InstallReport,
  ItemPage,
  NewStage,
  Portal,
  StageUpdate,
  StartData,
  WriteResult,
} from '../b24/portal';
import type { PipelinesPort } from '../b24/pipelines-port';
import { patchStages, type Directory, type Stage } from '../domain/stage';
import { FakeJournal } from './fake-journal';
import { FakeAnalytics } from './fake-analytics';

/** A write the test answers when it wants, to see the board before and after the answer. */
export interface HeldWrite {
  readonly updates: readonly StageUpdate[];
  answer(result: Partial<WriteResult>): void;
  fail(error: unknown): void;
}

/**
 * A portal for hook tests: holds a directory in memory, lets every write wait for the test's
 * answer, and counts the reads a write would otherwise cost.
 */
export class FakePortal implements Portal {
  readonly lang = 'en';
  readonly isPortalAdmin = true;
  readonly host = { placement: 'DEFAULT', placementOptions: {}, installMode: false };
  readonly held: HeldWrite[] = [];
  readonly options = new Map<string, string>();
  readonly journal = new FakeJournal();
  readonly analytics = new FakeAnalytics();
  loads = 0;
  /** The directories the portal lists now (loadDirectory); another admin may delete one. */
  directories: Directory[] = [];
  directoryLoads = 0;
  /** Tests of pipelines and stage sets put their own here; by default every call is refused. */
  pipelines: PipelinesPort = new Proxy({ domain: 'test.example' } as PipelinesPort, {
    get: (target, key) =>
      key in target ? target[key as 'domain'] : () => Promise.reject(new Error('not used')),
  });

  constructor(public stages: Stage[]) {}

  /** What the portal holds once these updates land. */
  applied(updates: readonly StageUpdate[]): Stage[] {
    this.stages = patchStages(this.stages, updates);
    return this.stages;
  }

  loadStart(): Promise<StartData> {
    return Promise.resolve({
      directories: [],
      crmMode: 'classic',
      stages: this.stages,
      editRight: { kind: 'allowed' },
    });
  }
  loadStages(): Promise<Stage[]> {
    this.loads++;
    return Promise.resolve(this.stages);
  }
  loadDirectory(entityId: string): Promise<DirectoryNow> {
    this.directoryLoads++;
    const directory = this.directories.find((d) => d.entityId === entityId);
    return Promise.resolve(
      directory ? { directory, stages: this.stages } : { directory: null, stages: null },
    );
  }
  updateStages(_entityId: string, updates: readonly StageUpdate[]): Promise<WriteResult> {
    return new Promise((resolve, reject) => {
      this.held.push({
        updates,
        answer: (result) => resolve({ failures: [], stages: null, ...result }),
        fail: reject,
      });
    });
  }
  addStage(_stage: NewStage): Promise<AddResult> {
    return Promise.reject(new Error('not used'));
  }
  deleteStage(): Promise<readonly Stage[] | null> {
    return Promise.reject(new Error('not used'));
  }
  countItems(): Promise<Record<string, number>> {
    return Promise.resolve({});
  }
  listItems(): Promise<ItemPage> {
    return Promise.resolve({ ids: [], total: 0 });
  }
  moveItems(): Promise<void> {
    return Promise.resolve();
  }
  userOption(name: string): string | null {
    return this.options.get(name) ?? null;
  }
  setUserOption(name: string, value: string): void {
    this.options.set(name, value);
  }
  reload(): void {}
  onActivity(): () => void {
    return () => undefined;
  }
  fitHeight(): void {}
  installPlacements(): Promise<InstallReport> {
    return Promise.resolve({ bound: [], skipped: [], failures: [] });
  }
  finishInstall(): void {}
}
