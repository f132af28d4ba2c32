import type { Group, Stage } from './stage';

/** Test helper: a stage with only the fields that matter to the test spelled out. */
export function stage(
  id: string,
  sort: number,
  group: Group = 'process',
  extra: Partial<Stage> = {},
): Stage {
  return {
    id,
    statusId: `S${id}`,
    entityId: 'DEAL_STAGE',
    name: `Stage ${id}`,
    nameInit: null,
    sort,
    color: null,
    group,
    system: false,
    categoryId: 0,
    ...extra,
  };
}
