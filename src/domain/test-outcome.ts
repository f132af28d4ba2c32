import type { OutcomeChange } from './outcome-change';
import type { Directory } from './stage';

/** Test helper: the Newest Deal Stages pipeline (DEAL_STAGE_1, prefix C1), as the tests know it. */
export const NEWEST: Directory = {
  entityId: 'DEAL_STAGE_1',
  name: 'Newest',
  hasSemantics: true,
  object: 'deal',
  entityTypeId: 2,
  categoryId: 1,
  prefix: 'C1',
  categoryName: null,
  categorySort: null,
  isDefaultCategory: false,
  enabled: true,
};

/** Test helper: stage 2, C1:PREPARATION "Preparation", becoming a failure stage at place 1. */
export const PREPARATION_TO_FAILURE: OutcomeChange = {
  entityId: 'DEAL_STAGE_1',
  oldId: '2',
  oldStatusId: 'C1:PREPARATION',
  name: 'Preparation',
  target: 'failure',
  index: 0,
  code: 'PREPARATION_2',
  statusId: 'C1:PREPARATION_2',
};
