import type { AddResult, NewStage, StageUpdate } from '../b24/portal';
import { PortalError } from '../b24/portal-error';
import { patchStages, type Stage } from '../domain/stage';
import { stage } from '../domain/test-stages';
import { FakePortal } from './fake-portal';

/** The stages of Newest Deal Stages (DEAL_STAGE_1, prefix C1) that outcome tests start from. */
export const newestStages = (): Stage[] => [
  stage('1', 10, 'process', { statusId: 'C1:NEW', system: true, entityId: 'DEAL_STAGE_1' }),
  stage('2', 20, 'process', {
    statusId: 'C1:PREPARATION',
    name: 'Preparation',
    color: '#aabbcc',
    entityId: 'DEAL_STAGE_1',
  }),
  stage('4', 40, 'success', { statusId: 'C1:WON', system: true, entityId: 'DEAL_STAGE_1' }),
  stage('5', 50, 'failure', { statusId: 'C1:LOSE', system: true, entityId: 'DEAL_STAGE_1' }),
];

/**
 * A portal whose stages, adds, deletes and items behave like the real one's: what an outcome
 * change and its undo (docs/change-journal.md §5) send, answered at once. The items live in
 * `analytics.items`, where the outcome run moves them; the undo's moves and counts see the same.
 */
export class OutcomePortal extends FakePortal {
  nextId = 100;
  adds: NewStage[] = [];
  deletes: string[] = [];
  /** The next add lands but its answer is lost. */
  loseNextAdd = false;
  override addStage(add: NewStage, shifts: readonly StageUpdate[] = []): Promise<AddResult> {
    this.adds.push(add);
    this.stages = patchStages(this.stages, shifts);
    const id = String(this.nextId++);
    this.stages = [
      ...this.stages,
      stage(id, add.sort, add.semantics === 'F' ? 'failure' : 'process', {
        statusId: add.statusId,
        name: add.name,
        color: add.color,
        entityId: add.entityId,
      }),
    ];
    if (this.loseNextAdd) {
      this.loseNextAdd = false;
      return Promise.reject(new PortalError('network', '', '', 'batch'));
    }
    return Promise.resolve({ id, stages: this.stages });
  }
  override deleteStage(_e?: string, id = ''): Promise<readonly Stage[] | null> {
    this.deletes.push(id);
    const gone = this.stages.find((s) => s.id === id);
    if (gone && (this.analytics.items.get(gone.statusId)?.length ?? 0) > 0) {
      return Promise.reject(new PortalError('has-items', '', 'There are active items', 'x'));
    }
    this.stages = this.stages.filter((s) => s.id !== id);
    return Promise.resolve(this.stages);
  }
  override listItems(_type?: number, statusId = '') {
    const ids = this.analytics.idsIn(statusId);
    return Promise.resolve({ ids: ids.slice(0, 50), total: ids.length });
  }
  override async moveItems(type = 0, ids: readonly number[] = [], to = ''): Promise<void> {
    const { failures } = await this.analytics.moveItems(type, null, ids, to);
    if (failures[0]) throw failures[0].error;
  }
  override countItems(_type?: number, statusIds: readonly string[] = []) {
    return Promise.resolve(
      Object.fromEntries(statusIds.map((s) => [s, this.analytics.idsIn(s).length])),
    );
  }
}
