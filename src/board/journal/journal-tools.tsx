import '../../i18n/journal';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import { useJournalSnapshot, useSessionJournal } from '../../stages/journal/journal-context';
import { journalKeys } from '../../stages/journal/queries';
import { useUndo, useUndoIdle } from '../../stages/journal/use-undo';
import { useOutcomeRunning } from '../../stages/outcome-runs';
import { usePortal } from '../../stages/portal-context';
import { Button } from '../../ui/button';
import { returnFocusToElement } from '../focus-return';
import { JournalPanel } from './journal-panel';
import { Notice } from '../notice-strip';
import { LiveLine } from './live-line';
import type { JournalSlotProps } from './journal-slot';
import { announcementText, runningText, undoLabel } from './journal-words';
import { useUndoShortcuts } from './use-undo-shortcuts';

const TOGGLE_ID = 'change-journal-toggle';
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Undo and Redo (named after what they would do), the Change journal button and its panel, and
 * the live line that tells a screen reader what an undo, redo or revert did.
 */
export function JournalTools({ directories, canEdit }: JournalSlotProps) {
  const t = useT();
  const portal = usePortal();
  const client = useQueryClient();
  const journal = useSessionJournal();
  const snapshot = useJournalSnapshot();
  const undo = useUndo();
  const [open, setOpen] = useState(false);

  useEffect(() => void journal.start(portal.journal), [journal, portal]);
  // Entries this page stored show up in the open panel.
  useEffect(() => {
    if (snapshot.stored > 0) void client.invalidateQueries({ queryKey: journalKeys.all });
  }, [snapshot.stored, client]);

  const last = snapshot.stacks.undo.at(-1);
  const next = snapshot.stacks.redo.at(-1);
  const ready = useUndoIdle();
  const idle = canEdit && ready;
  const canUndo = idle && last !== undefined;
  const canRedo = idle && next !== undefined;
  // What an undo changes re-renders (a card moves, one is added back): focus stays where the
  // admin pressed the keys (docs/focus.md §4).
  const shortcuts = useMemo(() => {
    const keepingFocus = (run: () => Promise<unknown>) => {
      returnFocusToElement(document.activeElement);
      void run();
    };
    return {
      undo: () => {
        if (canUndo) keepingFocus(() => undo.undo());
      },
      redo: () => {
        if (canRedo) keepingFocus(() => undo.redo());
      },
    };
  }, [canUndo, canRedo, undo]);
  useUndoShortcuts(shortcuts);

  const key = isMac() ? '⌘' : 'Ctrl+';
  // Disabled while an outcome change runs (its steps are still landing on the stack): the
  // tooltip says why rather than offering a shortcut that does nothing.
  const outcomeRunning = useOutcomeRunning();
  const hint = (label: string, keys: string) =>
    outcomeRunning
      ? t('undoWaitsForOutcome', { label })
      : t('undoShortcut', { label, keys: `${key}${keys}` });
  const undoName = last ? undoLabel(t, last, false) : t('undo');
  const redoName = next ? undoLabel(t, next, true) : t('redo');
  const { running, announcement } = snapshot;
  const anyway =
    announcement?.reason === 'changed-since' && idle ? () => void undo.anyway(announcement) : null;
  const live = running
    ? runningText(t, running)
    : announcement
      ? announcementText(t, announcement)
      : '';

  return (
    <div className="relative flex shrink-0 items-center gap-1">
      {/* aria-disabled, not disabled: a disabled button loses focus (docs/focus.md §1), and
          these turn unavailable while they run and when their stack empties. */}
      <Button
        aria-label={undoName}
        title={last ? hint(undoName, 'Z') : t('undoNothing')}
        aria-disabled={!canUndo}
        onClick={() => {
          if (canUndo) void undo.undo();
        }}
      >
        {t('undo')}
      </Button>
      <Button
        aria-label={redoName}
        title={next ? hint(redoName, 'Shift+Z') : t('redoNothing')}
        aria-disabled={!canRedo}
        onClick={() => {
          if (canRedo) void undo.redo();
        }}
      >
        {t('redo')}
      </Button>
      <Button
        id={TOGGLE_ID}
        // Busy while the journal opens (its one request after the first board).
        aria-busy={snapshot.status.kind === 'idle' || snapshot.status.kind === 'opening'}
        aria-expanded={open}
        aria-controls="change-journal"
        onClick={() => setOpen((o) => !o)}
      >
        {t('changeJournal')}
      </Button>
      {/* One live line: in the strip above the board, or at the top of the open panel. */}
      {!open && (
        <Notice>
          <LiveLine text={live} onAnyway={anyway} floating />
        </Notice>
      )}
      {open && (
        <JournalPanel
          live={<LiveLine text={live} onAnyway={anyway} floating={false} />}
          directories={directories}
          canEdit={canEdit}
          onRevert={(entry) => void undo.revert(entry)}
          onClose={() => {
            setOpen(false);
            document.getElementById(TOGGLE_ID)?.focus();
          }}
        />
      )}
    </div>
  );
}
