import { defaultColourFor } from './colour';
import { groupStages } from './order';
import { planInsert, type SortWrite } from './sort-planner';
import type { Directory, Group, Stage } from './stage';
import { generateStatusId, statusIdMaxLength } from './status-id';

/** Everything crm.status.add needs for one new stage, plus the shifts that make room for it. */
export interface NewStagePlan {
  readonly entityId: string;
  /** STATUS_ID as sent: without the pipeline prefix (crm.status.add adds `C1:` itself). */
  readonly code: string;
  /** STATUS_ID as the portal will store it, prefix included: how we find it after a lost answer. */
  readonly statusId: string;
  readonly name: string;
  readonly sort: number;
  /** `''` in progress, `F` failure; null for a reference book, which has no SEMANTICS. */
  readonly semantics: '' | 'F' | null;
  readonly color: string | null;
  /** The pipeline's CATEGORY_ID: without it crm.status.add detaches the stage (CATEGORY_ID 0). */
  readonly categoryId: number | null;
  /** Existing stages that move out of the way, sent in the same batch before the add. */
  readonly shifts: readonly SortWrite[];
}

/**
 * Plans a new stage at `atIndex` (0-based) of `group`. The success zone holds exactly one stage,
 * so nothing is ever added there. A reference book (no semantics) is one list: group `process`,
 * no colour, no SEMANTICS, STATUS_ID up to 50 characters.
 */
export function planNewStage(
  directory: Pick<Directory, 'entityId' | 'prefix' | 'categoryId' | 'hasSemantics'>,
  stages: readonly Stage[],
  group: Exclude<Group, 'success'>,
  atIndex: number,
  name: string,
  random?: () => number,
): NewStagePlan {
  const { sort, writes } = planInsert(stages, group, atIndex);
  const code = generateStatusId(name, {
    existing: new Set(stages.map((s) => s.statusId)),
    prefix: directory.prefix,
    maxLength: statusIdMaxLength(directory),
    ...(random ? { random } : {}),
  });
  const index = Math.max(0, Math.min(atIndex, groupStages(stages)[group].length));
  return {
    entityId: directory.entityId,
    code,
    statusId: directory.prefix === null ? code : `${directory.prefix}:${code}`,
    name,
    sort,
    semantics: directory.hasSemantics ? (group === 'failure' ? 'F' : '') : null,
    color: directory.hasSemantics ? defaultColourFor(group, index) : null,
    categoryId: directory.hasSemantics ? directory.categoryId : null,
    shifts: writes,
  };
}
