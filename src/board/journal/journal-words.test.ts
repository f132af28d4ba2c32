import { beforeAll, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../domain/change';
import { change, entry, snap } from '../../domain/journal/test-entries';
import { loadCatalogue, translator, type Lang } from '../../i18n/messages';
import { sentenceText } from './journal-words';

/** The entry as the journal shows it, in one of the admin's languages. */
const shown = (lang: Lang, c: Partial<ChangeRecord>) =>
  sentenceText(translator(lang), entry({ change: change(c) }), 'me');

const outcome: Partial<ChangeRecord> = {
  kind: 'outcome',
  directory: { entityId: 'DEAL_STAGE_1', name: 'Sales' },
  stages: [{ before: null, after: snap('9', { name: 'Lost to competitor', group: 'failure' }) }],
};
const renamed: Partial<ChangeRecord> = {
  kind: 'pipeline-rename',
  directory: { entityId: 'DEAL_STAGE_4', name: 'B' },
  formerName: 'A',
  stages: [],
};

beforeAll(async () => {
  await loadCatalogue('ru');
  await loadCatalogue('de');
});

describe('the journal’s sentences', () => {
  it.each([
    [
      { kind: 'import', directory: { entityId: 'DEAL_STAGE_1', name: 'Sales' } },
      'Anna applied a stage set to Sales: 1 stage changed',
    ],
    [outcome, 'Anna changed the outcome of “Lost to competitor” to Failure in Sales'],
    [
      {
        kind: 'pipeline-add',
        directory: { entityId: 'DEAL_STAGE_4', name: 'Renewals' },
        stages: [],
      },
      'Anna created pipeline “Renewals”',
    ],
    [renamed, 'Anna renamed pipeline “A” to “B”'],
    [
      { kind: 'pipeline-delete', directory: { entityId: 'DEAL_STAGE_4', name: 'A' }, stages: [] },
      'Anna deleted pipeline “A”',
    ],
  ] as const)('%j reads in English as a sentence of its own', (c, text) => {
    expect(shown('en', c as Partial<ChangeRecord>)).toBe(text);
  });

  it('reads in Russian and German too', () => {
    expect(shown('ru', outcome)).toBe(
      'Anna изменил(а) итог «Lost to competitor» на «Провал» в «Sales»',
    );
    expect(shown('de', outcome)).toBe(
      'Anna hat das Ergebnis von „Lost to competitor“ zu „Misserfolg“ geändert (Sales)',
    );
    expect(shown('ru', renamed)).toBe('Anna переименовал(а) воронку «A» в «B»');
    expect(shown('de', renamed)).toBe('Anna hat die Pipeline „A“ in „B“ umbenannt');
  });
});
