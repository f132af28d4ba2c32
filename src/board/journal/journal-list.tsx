import '../../i18n/journal';
import type { JournalEntry } from '../../domain/journal/entry';
import { changedSomething } from '../../domain/journal/entry';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { outcomeText, sentenceText } from './journal-words';

export interface RowActions {
  /** Who "I" am, for entries this page has not stored yet. */
  readonly me: string;
  /** Revert is offered (the admin may edit and nothing else runs). */
  readonly canRevert: boolean;
  onRevert(entry: JournalEntry): void;
}

/** One entry: its sentence, when, how it went, and Revert. */
function JournalRow({ entry, actions }: { entry: JournalEntry; actions: RowActions }) {
  const { t, lang } = useI18n();
  const sentence = sentenceText(t, entry, actions.me);
  const outcome = outcomeText(t, entry);
  const when = entry.at ? new Date(entry.at) : null;
  return (
    <li className="flex items-start gap-2 border-b border-line py-2 last:border-b-0">
      <div className="min-w-0 flex-1">
        <p className="text-sm break-words">{sentence}</p>
        <p className="text-xs text-muted">
          {when && !Number.isNaN(when.getTime()) && (
            <time dateTime={entry.at ?? ''}>
              {new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(
                when,
              )}
            </time>
          )}
          {entry.id === null && (
            <span className="ml-2 rounded-full bg-warning-surface px-2 py-0.5 text-text">
              {t('journalNotRecorded')}
            </span>
          )}
          {outcome && <span className="ml-2">{outcome}</span>}
        </p>
      </div>
      <Button
        aria-label={t('revertEntry', { sentence })}
        disabled={!actions.canRevert || !changedSomething(entry.change)}
        onClick={() => actions.onRevert(entry)}
      >
        {t('revert')}
      </Button>
    </li>
  );
}

export function JournalList({
  label,
  entries,
  actions,
}: {
  label: string;
  entries: readonly JournalEntry[];
  actions: RowActions;
}) {
  return (
    <ol aria-label={label} className="flex flex-col">
      {entries.map((entry) => (
        <JournalRow key={entry.id ?? `pending-${entry.key}`} entry={entry} actions={actions} />
      ))}
    </ol>
  );
}
