import '../../i18n/journal';
import { useState } from 'react';
import type { JournalFilter } from '../../b24/journal-port';
import { useT } from '../../i18n/i18n-context';
import { usePortal } from '../../stages/portal-context';
import { Button } from '../../ui/button';
import { errorMessage } from '../error-message';
import { download, journalCsv } from './journal-export';

/**
 * Export as CSV: every entry the filter matches, read 50 pages per request (never shown, only
 * written to the file), with progress.
 */
export function JournalExport({ filter, me }: { filter: JournalFilter; me: string }) {
  const t = useT();
  const portal = usePortal();
  const [state, setState] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const all = await portal.journal.all(filter, (read, total) =>
        setState(t('journalExporting', { read, total })),
      );
      download('change-journal.csv', journalCsv(t, all.entries, me));
      setState(t('journalExported', { count: all.entries.length }));
    } catch (error) {
      setState(t('journalExportFailed', { reason: errorMessage(t, error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button disabled={busy} onClick={() => void run()}>
        {t('journalExport')}
      </Button>
      <span role="status" className="text-xs text-muted">
        {state}
      </span>
    </>
  );
}
