import { describe, expect, it } from 'vitest';
import type { SetDirectory, SetStage } from './stage-set';
import { matchStages } from './stage-set-match';
import type { Group } from './stage';
import { stage } from './test-stages';

const set = (...stages: [string, string, Group][]): SetDirectory => ({
  entityId: 'DEAL_STAGE',
  name: 'set',
  stages: stages.map(([statusId, name, group]): SetStage => ({
    statusId,
    name,
    color: '#39a8ef',
    group,
  })),
});
const dir = [
  stage('1', 10, 'process', { statusId: 'DT177_9:NEW', name: 'Request received' }),
  stage('2', 20, 'process', { statusId: 'DT177_9:QUOTES', name: 'Offer' }),
  stage('3', 30, 'success', { statusId: 'DT177_9:SUCCESS', name: 'Purchased' }),
  stage('4', 40, 'failure', { statusId: 'DT177_9:FAIL', name: 'Rejected' }),
  stage('5', 50, 'failure', { statusId: 'DT177_9:LATE', name: 'Too late' }),
];
const pairs = (sameKind: boolean, s: SetDirectory, kept?: Parameters<typeof matchStages>[3]) => {
  const { matched, unmatched } = matchStages(s, dir, sameKind, kept);
  return {
    matched: [...matched].sort(([a], [b]) => a - b).map(([i, m]) => [i, m.stage.id, m.how]),
    unmatched: unmatched.map((u) => u.id),
  };
};

describe('matchStages', () => {
  it('same kind: by code without the prefix (any case), then by name', () => {
    const s = set(
      ['new', 'Inbox', 'process'],
      ['X', 'offer ', 'process'],
      ['SUCCESS', 'Won', 'success'],
      ['FAIL', 'Lost', 'failure'],
    );
    expect(pairs(true, s)).toEqual({
      matched: [
        [0, '1', 'code'],
        [1, '2', 'name'],
        [2, '3', 'code'],
        [3, '4', 'code'],
      ],
      unmatched: ['5'],
    });
  });

  it('across kinds: codes mean nothing, names and groups do; protected stages take their role', () => {
    const s = set(
      ['QUOTES', 'Inbox', 'process'],
      ['NEW', 'Offer', 'process'],
      ['S', 'Won', 'success'],
      ['F', 'Too late', 'failure'],
    );
    expect(pairs(false, s)).toEqual({
      matched: [
        [0, '1', 'start'],
        [1, '2', 'name'],
        [2, '3', 'success'],
        // "Too late" matched by name, but the first failure stage may never be deleted: it
        // takes the set's only failure stage (renamed), and "Too late" goes instead.
        [3, '4', 'first-failure'],
      ],
      unmatched: ['5'],
    });
  });

  it('a name never matches across groups', () => {
    const s = set(['A', 'Rejected', 'process'], ['S', 'Won', 'success'], ['F', 'Lost', 'failure']);
    expect(pairs(false, s).matched).toContainEqual([2, '4', 'first-failure']);
    expect(pairs(false, s).matched).not.toContainEqual([0, '4', 'name']);
  });

  it('kept pairs come first and pending adds stay adds', () => {
    const s = set(
      ['NEW', 'Inbox', 'process'],
      ['Q', 'Offer', 'process'],
      ['S', 'Won', 'success'],
      ['F', 'Lost', 'failure'],
    );
    const kept = new Map([
      [0, { statusId: 'DT177_9:NEW', how: 'code' as const }],
      [1, { statusId: 'DT177_9:ADDED', how: 'code' as const }],
      [2, { statusId: 'DT177_9:SUCCESS', how: 'success' as const }],
      [3, { statusId: 'DT177_9:FAIL', how: 'first-failure' as const }],
    ]);
    expect(pairs(false, s, kept)).toEqual({
      matched: [
        [0, '1', 'code'],
        [2, '3', 'success'],
        [3, '4', 'first-failure'],
      ],
      unmatched: ['2', '5'],
    });
  });
});
