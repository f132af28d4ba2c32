import { createContext, useContext, type ReactNode } from 'react';
import type { ChangeRecord } from '../domain/change';

/**
 * Where commands report the changes they made. Without a journal (not loaded yet, or the portal
 * refuses its storage) nothing listens and the change stands on its own; the journal feature
 * provides the recorder that writes them down.
 */
export type RecordChange = (change: ChangeRecord) => void;

const ignore: RecordChange = () => undefined;

const RecorderContext = createContext<RecordChange>(ignore);

export function ChangeRecorderProvider({
  record,
  children,
}: {
  record: RecordChange;
  children: ReactNode;
}) {
  return <RecorderContext value={record}>{children}</RecorderContext>;
}

export const useRecordChange = (): RecordChange => useContext(RecorderContext);
