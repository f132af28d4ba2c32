import { describe, expect, it } from 'vitest';
import { stage } from '../../domain/test-stages';
import { focusAfterDelete } from './focus-after-delete';

// In progress: 1 2 3 (listed out of order: the board's order is SORT), Success: 4, Failure: 5.
const stages = [
  stage('2', 20),
  stage('1', 10),
  stage('3', 30),
  stage('4', 40, 'success'),
  stage('5', 50, 'failure'),
];
const byId = (id: string) => stages.find((s) => s.id === id) ?? stage(id, 0);

describe('focusAfterDelete', () => {
  it.each([
    ['the first stage of a group hands focus to the next', '1', ['2']],
    ['a middle stage hands it to the next, else the previous', '2', ['3', '1']],
    ['the last stage of a group hands it to the previous', '3', ['2']],
    ['the only stage of a group hands it to nobody (the add button)', '5', []],
    ['a stage no longer listed hands it to nobody', 'gone', []],
  ])('%s', (_, id, expected) => {
    expect(focusAfterDelete(stages, byId(id))).toEqual(expected);
  });
});
