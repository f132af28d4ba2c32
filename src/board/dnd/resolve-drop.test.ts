import { describe, expect, it } from 'vitest';
import { groupStages } from '../../domain/order';
import { stage } from '../../domain/test-stages';
import { groupDroppableId, type DragData } from './drag-data';
import { resolveDrop, type DropOutcome } from './resolve-drop';

// In progress: 1 2 3, Success: 4, Failure: 5 6.
const groups = groupStages([
  stage('1', 10),
  stage('2', 20),
  stage('3', 30),
  stage('4', 40, 'success'),
  stage('5', 50, 'failure'),
  stage('6', 60, 'failure'),
]);

const onStage = (id: string, group: DragData['group']) => ({
  id,
  data: { type: 'stage', group } satisfies DragData,
});
const onGroup = (group: DragData['group']) => ({
  id: groupDroppableId(group),
  data: { type: 'group', group } satisfies DragData,
});

const summary = (outcome: DropOutcome) =>
  outcome.kind === 'move'
    ? `move ${outcome.stage.id} to ${outcome.toIndex}`
    : outcome.kind === 'refused'
      ? `refuse ${outcome.stage.id}: ${outcome.reason}`
      : 'nothing';

describe('resolveDrop', () => {
  it.each([
    [
      'a stage dropped on another of its group moves to its index',
      '3',
      onStage('1', 'process'),
      'move 3 to 0',
    ],
    ['a stage dropped later in its group moves there', '1', onStage('3', 'process'), 'move 1 to 2'],
    ['a failure stage moves among failure stages', '6', onStage('5', 'failure'), 'move 6 to 0'],
    ['a drop on its own group area puts it last', '1', onGroup('process'), 'move 1 to 2'],
    ['a drop on itself changes nothing', '2', onStage('2', 'process'), 'nothing'],
    [
      'the last stage dropped on its own group area changes nothing',
      '3',
      onGroup('process'),
      'nothing',
    ],
    ['a drop outside every target changes nothing', '2', null, 'nothing'],
    [
      'a drop on something that is no stage or group changes nothing',
      '2',
      { id: 'x', data: {} },
      'nothing',
    ],
    ['an unknown stage changes nothing', '9', onStage('1', 'process'), 'nothing'],
    [
      'into Success is refused: it holds one stage',
      '2',
      onStage('4', 'success'),
      'refuse 2: success-single',
    ],
    [
      'into the Success area is refused the same way',
      '5',
      onGroup('success'),
      'refuse 5: success-single',
    ],
    [
      'in progress to failure is refused: meaning is immutable',
      '2',
      onStage('5', 'failure'),
      'refuse 2: semantics-immutable',
    ],
    [
      'failure to in progress is refused the same way',
      '6',
      onGroup('process'),
      'refuse 6: semantics-immutable',
    ],
    [
      'the success stage cannot leave its group',
      '4',
      onStage('1', 'process'),
      'refuse 4: semantics-immutable',
    ],
  ])('%s', (_spec, active, over, expected) => {
    expect(summary(resolveDrop(groups, active, over))).toBe(expected);
  });
});
