import { describe, expect, it } from 'vitest';
import { sentenceOf } from './sentence';
import { change, entry, snap } from './test-entries';

const of = (c: Parameters<typeof change>[0], who = entry().who) =>
  sentenceOf(entry({ change: change(c), who }), 'me');

describe('sentenceOf', () => {
  it.each([
    [
      'a move after another stage',
      {
        kind: 'move',
        follows: 'Proposal',
        stages: [
          {
            before: snap('2', { name: 'Negotiation', sort: 10 }),
            after: snap('2', { name: 'Negotiation', sort: 35 }),
          },
        ],
      },
      {
        key: 'journalMove',
        values: {
          who: 'Anna',
          directory: 'Sales pipeline',
          name: 'Negotiation',
          follows: 'Proposal',
        },
      },
    ],
    [
      'a move to the top of its group',
      {
        kind: 'move',
        follows: null,
        stages: [{ before: snap('2', { sort: 50 }), after: snap('2', { sort: 5 }) }],
      },
      {
        key: 'journalMoveFirst',
        values: { who: 'Anna', directory: 'Sales pipeline', name: 'Stage 2' },
      },
    ],
    [
      'a rename',
      {},
      {
        key: 'journalRename',
        values: { who: 'Anna', directory: 'Sales pipeline', from: 'Invoice', to: 'Final Invoice' },
      },
    ],
    [
      'a recolour',
      {
        kind: 'recolour',
        stages: [
          {
            before: snap('4', { name: 'Won' }),
            after: snap('4', { name: 'Won', color: '#1eae43' }),
          },
        ],
      },
      {
        key: 'journalRecolour',
        values: {
          who: 'Anna',
          directory: 'Sales pipeline',
          name: 'Won',
          from: '#7bd500',
          to: '#1eae43',
        },
      },
    ],
    [
      'a delete with its items',
      {
        kind: 'delete',
        stages: [{ before: snap('5', { name: 'Negotiation', statusId: 'C1:NEG' }), after: null }],
        items: { ids: [1, 2], from: 'C1:NEG', to: 'C1:NEW', toName: 'New' },
      },
      {
        key: 'journalDeleteItems',
        values: {
          who: 'Anna',
          directory: 'Sales pipeline',
          name: 'Negotiation',
          statusId: 'C1:NEG',
          count: 2,
          target: 'New',
        },
      },
    ],
    [
      'an undo names what it undid',
      {
        kind: 'undo',
        ofKind: 'rename',
        of: 'k0',
        stages: [
          { before: snap('1', { name: 'Final Invoice' }), after: snap('1', { name: 'Invoice' }) },
        ],
      },
      {
        key: 'journalUndo',
        values: { who: 'Anna', directory: 'Sales pipeline', name: 'Final Invoice' },
        action: 'rename',
      },
    ],
    [
      'a restore of the original name',
      {
        kind: 'restore-name',
        stages: [
          {
            before: snap('1', { name: 'Closing invoice' }),
            after: snap('1', { name: 'Final Invoice' }),
          },
        ],
      },
      {
        key: 'journalRestoreName',
        values: {
          who: 'Anna',
          directory: 'Sales pipeline',
          from: 'Closing invoice',
          to: 'Final Invoice',
        },
      },
    ],
    [
      'a stage set applied: how many stages it changed',
      {
        kind: 'import',
        stages: [
          { before: null, after: snap('7', { name: 'Qualified' }) },
          { before: snap('2'), after: snap('2', { name: 'Offer' }) },
          { before: snap('3'), after: null },
        ],
      },
      { key: 'journalImport', values: { who: 'Anna', directory: 'Sales pipeline', count: 3 } },
    ],
    [
      'an outcome change, its first step: the replacement added in the failure group',
      {
        kind: 'outcome',
        stages: [
          { before: snap('4', { sort: 60 }), after: snap('4', { sort: 70 }) },
          {
            before: null,
            after: snap('9', { name: 'Lost to competitor', group: 'failure', sort: 65 }),
          },
        ],
      },
      {
        key: 'journalOutcomeFailure',
        values: { who: 'Anna', directory: 'Sales pipeline', name: 'Lost to competitor' },
      },
    ],
    [
      'an outcome change back to in progress',
      {
        kind: 'outcome',
        stages: [{ before: null, after: snap('9', { name: 'Second try', group: 'process' }) }],
      },
      {
        key: 'journalOutcomeProcess',
        values: { who: 'Anna', directory: 'Sales pipeline', name: 'Second try' },
      },
    ],
    [
      'an outcome change, a page of items moved into the replacement',
      {
        kind: 'outcome',
        stages: [],
        items: { ids: [1, 2, 3], from: 'C1:LOST', to: 'C1:LOST_2', fromName: 'Lost' },
      },
      {
        key: 'journalOutcomeItems',
        values: {
          who: 'Anna',
          directory: 'Sales pipeline',
          count: 3,
          name: 'Lost',
          to: 'C1:LOST_2',
        },
      },
    ],
    [
      'an outcome change, the old stage deleted',
      {
        kind: 'outcome',
        stages: [{ before: snap('5', { name: 'Lost', statusId: 'C1:LOST' }), after: null }],
      },
      {
        key: 'journalOutcomeOld',
        values: { who: 'Anna', directory: 'Sales pipeline', name: 'Lost', statusId: 'C1:LOST' },
      },
    ],
    [
      'a pipeline created',
      {
        kind: 'pipeline-add',
        directory: { entityId: 'DEAL_STAGE_4', name: 'Renewals' },
        stages: [],
      },
      {
        key: 'journalPipelineAdd',
        values: { who: 'Anna', directory: 'Renewals', name: 'Renewals' },
      },
    ],
    [
      'a pipeline renamed',
      {
        kind: 'pipeline-rename',
        directory: { entityId: 'DEAL_STAGE_4', name: 'Renewals 2026' },
        formerName: 'Renewals',
        stages: [],
      },
      {
        key: 'journalPipelineRename',
        values: { who: 'Anna', directory: 'Renewals 2026', from: 'Renewals', to: 'Renewals 2026' },
      },
    ],
    [
      'a pipeline deleted',
      {
        kind: 'pipeline-delete',
        directory: { entityId: 'DEAL_STAGE_4', name: 'Renewals' },
        stages: [],
      },
      {
        key: 'journalPipelineDelete',
        values: { who: 'Anna', directory: 'Renewals', name: 'Renewals' },
      },
    ],
    [
      'a pipeline rename without its former name (written by an older version): the general sentence',
      {
        kind: 'pipeline-rename',
        directory: { entityId: 'DEAL_STAGE_4', name: 'Renewals' },
        stages: [],
      },
      {
        key: 'journalOther',
        values: { who: 'Anna', directory: 'Renewals' },
        action: 'pipeline-rename',
      },
    ],
  ] as const)('%s', (_what, c, sentence) => {
    expect(of(c as Parameters<typeof change>[0])).toEqual(sentence);
  });

  it('names an author without a name by id, and an unknown one by the fallback', () => {
    expect(of({}, { id: '7', name: ' ' }).values['who']).toBe('#7');
    expect(of({}, null).values['who']).toBe('me');
  });
});
