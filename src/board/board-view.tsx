import { useState } from 'react';
import { useT } from '../i18n/i18n-context';
import { usePortal } from '../stages/portal-context';
import { Segmented } from '../ui/segmented';

export type BoardView = 'board' | 'compact';

/** The user option that remembers the admin's view on every browser, like the theme. */
export const VIEW_OPTION = 'boardView';

const viewOf = (value: string | null): BoardView => (value === 'compact' ? 'compact' : 'board');

/** Kanban or compact list, read from and saved to the portal's user option. */
export function useBoardView() {
  const portal = usePortal();
  const [view, setView] = useState<BoardView>(() => viewOf(portal.userOption(VIEW_OPTION)));
  const choose = (next: BoardView) => {
    setView(next);
    portal.setUserOption(VIEW_OPTION, next);
  };
  return [view, choose] as const;
}

export function ViewToggle({
  view,
  onChange,
}: {
  view: BoardView;
  onChange: (view: BoardView) => void;
}) {
  const t = useT();
  return (
    <Segmented
      label={t('viewLabel')}
      options={[
        { value: 'board', label: t('viewBoard') },
        { value: 'compact', label: t('viewCompact') },
      ]}
      value={view}
      onChange={onChange}
    />
  );
}
