import type { ChangeRecord, StageSnapshot } from '../change';
import type { JournalEntry } from './entry';

/** Test helper: a stage as a change saw it. */
export const snap = (id: string, extra: Partial<StageSnapshot> = {}): StageSnapshot => ({
  id,
  statusId: `S${id}`,
  name: `Stage ${id}`,
  color: '#7bd500',
  sort: Number(id) * 10,
  group: 'process',
  system: false,
  ...extra,
});

/** Test helper: a saved change in the deal pipeline. */
export const change = (extra: Partial<ChangeRecord> = {}): ChangeRecord => ({
  kind: 'rename',
  directory: { entityId: 'DEAL_STAGE', name: 'Sales pipeline' },
  stages: [{ before: snap('1', { name: 'Invoice' }), after: snap('1', { name: 'Final Invoice' }) }],
  outcome: { status: 'saved' },
  ...extra,
});

/** Test helper: a stored entry by Anna. */
export const entry = (extra: Partial<JournalEntry> = {}): JournalEntry => ({
  key: 'k1',
  id: '2301',
  at: '2026-11-01T12:00:00+00:00',
  who: { id: '1', name: 'Anna' },
  change: change(),
  ...extra,
});
