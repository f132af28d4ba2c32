import '../../i18n/journal';
import type { JournalEntry } from '../../domain/journal/entry';
import { toCsv } from '../../domain/journal/csv';
import type { StageSnapshot } from '../../domain/change';
import type { Translate } from '../../i18n/messages';
import { reasonText, sentenceText } from './journal-words';

const OUTCOME = {
  saved: 'outcomeSaved',
  refused: 'outcomeRefused',
  'partly-saved': 'outcomePartly',
} as const;

const stageText = (s: StageSnapshot | null, none: string) =>
  s ? `${s.statusId} “${s.name}” ${s.color ?? none} SORT ${s.sort}` : '—';

/** The journal as a spreadsheet: one row per entry, the sentence in the admin's language. */
export function journalCsv(t: Translate, entries: readonly JournalEntry[], me: string): string {
  const none = t('noColour');
  const rows = entries.map((e) => {
    const { change } = e;
    const { outcome } = change;
    return [
      e.id ?? '',
      e.at ?? '',
      e.who?.id ?? '',
      e.who?.name ?? '',
      change.directory.name,
      change.directory.entityId,
      change.kind,
      sentenceText(t, e, me),
      t(OUTCOME[outcome.status]) +
        (outcome.status === 'saved' ? '' : `: ${reasonText(t, outcome.reason)}`),
      change.stages
        .map((d) => `${stageText(d.before, none)} → ${stageText(d.after, none)}`)
        .join('; '),
      change.items
        ? `${change.items.ids.join(' ')} (${change.items.from} → ${change.items.to})`
        : '',
    ];
  });
  const head = [
    t('csvId'),
    t('csvTime'),
    t('csvAdminId'),
    t('csvAdmin'),
    t('csvDirectory'),
    'ENTITY_ID',
    t('csvKind'),
    t('csvChange'),
    t('csvOutcome'),
    t('csvStages'),
    t('csvItems'),
  ];
  return toCsv([head, ...rows]);
}

/** Hands the text to the browser as a download (a UTF-8 BOM, so spreadsheets read Cyrillic). */
export function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
