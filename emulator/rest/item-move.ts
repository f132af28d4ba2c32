// Changing an item's stage or pipeline through crm.item.update, and the stage-history row that the
// change leaves. docs/server-behaviour.md §8; server source crm/lib/Field/Stage.php (a stage of
// another pipeline without a pipeline change is silently reverted; a pipeline change alone picks
// the first stage of the new pipeline with the same semantics) and §7 for the row (TYPE_ID 2
// intermediate, 3 final, 5 pipeline changed).
import { RestError } from '../errors';
import { portalNow } from '../feature-settings';
import { isoSeconds } from '../seed';
import type { Portal } from '../state';
import type { CrmItem, StageHistoryRow } from '../types';

/** Stage ids of one pipeline in SORT order, with their semantics. */
export function pipelineStages(
  portal: Portal,
  entityTypeId: number,
  categoryId: number,
): { id: string; kind: 'P' | 'S' | 'F' }[] {
  const directory = portal.stageEntityFor(entityTypeId, categoryId);
  if (!directory) return [];
  if (entityTypeId !== 1 && directory['CATEGORY_ID'] !== undefined) {
    if (Number(directory['CATEGORY_ID']) !== categoryId) return [];
  }
  return portal.statuses
    .filter((r) => r.ENTITY_ID === directory.ID)
    .sort((a, b) => Number(a.SORT) - Number(b.SORT) || Number(a.ID) - Number(b.ID))
    .map((r) => ({
      id: r.STATUS_ID,
      kind: r.SEMANTICS === 'S' || r.SEMANTICS === 'F' ? r.SEMANTICS : 'P',
    }));
}

/** Types with pipelines: deals and the dynamic-type-based ones (not leads, not quotes). */
export function hasCategories(entityTypeId: number): boolean {
  return entityTypeId === 2 || entityTypeId >= 31;
}

function semanticOfAnywhere(
  portal: Portal,
  entityTypeId: number,
  stageId: string,
): 'P' | 'S' | 'F' {
  return portal.semanticOfStage(entityTypeId, stageId);
}

/**
 * The item after `stageId` / `categoryId` are applied (a new object: seeded items are frozen and
 * shared between portals), or the same item when nothing changes.
 */
export function moveItem(
  portal: Portal,
  item: CrmItem,
  requestedStage: string | null,
  requestedCategory: number | null,
): CrmItem {
  const categoryChanged =
    hasCategories(item.entityTypeId) &&
    requestedCategory !== null &&
    requestedCategory !== item.categoryId;
  const stageChanged = requestedStage !== null && requestedStage !== item.stageId;
  if (!categoryChanged && !stageChanged) return item;
  const categoryId = categoryChanged ? (requestedCategory ?? item.categoryId) : item.categoryId;
  const stages = pipelineStages(portal, item.entityTypeId, categoryId);
  const wanted = requestedStage ?? item.stageId;
  let stageId = wanted;
  if (!stages.some((s) => s.id === wanted)) {
    // Field/Stage.php: not a stage of the item's pipeline and no pipeline change → the old stage
    // stays and the call still succeeds.
    if (!categoryChanged) return item;
    const kind = semanticOfAnywhere(portal, item.entityTypeId, wanted);
    const first = stages.find((s) => s.kind === kind);
    if (!first) throw new RestError(400, '0', 'Stage in new category is not found');
    stageId = first.id;
  }
  if (!categoryChanged && stageId === item.stageId) return item;
  const now = isoSeconds(portalNow(portal.settings));
  const kind = stages.find((s) => s.id === stageId)?.kind ?? 'P';
  const row: StageHistoryRow = {
    ID: portal.nextHistoryId++,
    TYPE_ID: categoryChanged ? 5 : kind === 'P' ? 2 : 3,
    OWNER_ID: item.id,
    ENTITY_TYPE_ID: item.entityTypeId,
    CREATED_TIME: now,
    CATEGORY_ID: categoryId,
    STAGE_SEMANTIC_ID: kind,
    STAGE_ID: stageId,
  };
  portal.history.push(row);
  return { ...item, stageId, categoryId, updatedTime: now };
}

/** Puts the changed item in place of the old one. */
export function replaceItem(portal: Portal, before: CrmItem, after: CrmItem): void {
  if (before === after) return;
  const index = portal.items.indexOf(before);
  if (index >= 0) portal.items[index] = after;
}
