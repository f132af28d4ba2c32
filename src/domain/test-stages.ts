import type { Directory, Group, Stage } from './stage';

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

/** Test helper: the default deal pipeline as a directory. */
export const dealDirectory = (extra: Partial<Directory> = {}): Directory => ({
  entityId: 'DEAL_STAGE',
  name: 'General Deal Stages',
  hasSemantics: true,
  object: 'deal',
  entityTypeId: 2,
  categoryId: 0,
  prefix: null,
  categoryName: null,
  categorySort: null,
  isDefaultCategory: true,
  enabled: true,
  ...extra,
});

/** Test helper: a small pipeline (three stages in progress, one success) to edit. */
export const dealStages = (): Stage[] => [
  stage('1', 10, 'process', { name: 'New' }),
  stage('2', 20, 'process', { name: 'Offer' }),
  stage('3', 30, 'process', { name: 'Invoice' }),
  stage('4', 40, 'success', { name: 'Won' }),
];
