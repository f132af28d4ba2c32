import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Portal } from '../../b24/portal';
import { ChangeRecorderProvider } from '../change-recorder';
import { SessionJournal, type JournalSnapshot } from './session-journal';

/** The user option that keeps journal entries the portal has not stored yet. */
export const PENDING_OPTION = 'journalPending';

const JournalContext = createContext<SessionJournal | null>(null);

export function createSessionJournal(portal: Portal): SessionJournal {
  return new SessionJournal({
    read: () => portal.userOption(PENDING_OPTION),
    write: (value) => portal.setUserOption(PENDING_OPTION, value),
  });
}

/**
 * Makes this page's journal the recorder every command reports to. Created once per page; the
 * storage is opened later, by the journal's screen after the first board (useStartJournal).
 */
export function JournalProvider({ portal, children }: { portal: Portal; children: ReactNode }) {
  const [journal] = useState(() => createSessionJournal(portal));
  useEffect(() => {
    window.addEventListener('pagehide', journal.keep);
    return () => window.removeEventListener('pagehide', journal.keep);
  }, [journal]);
  return (
    <JournalContext value={journal}>
      <ChangeRecorderProvider record={journal.record}>{children}</ChangeRecorderProvider>
    </JournalContext>
  );
}

export function useSessionJournal(): SessionJournal {
  const journal = useContext(JournalContext);
  if (!journal) throw new Error('journal hooks need a JournalProvider');
  return journal;
}

export function useJournalSnapshot(): JournalSnapshot {
  const journal = useSessionJournal();
  return useSyncExternalStore(journal.subscribe, journal.get);
}
