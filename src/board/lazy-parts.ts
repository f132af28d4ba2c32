import { lazy } from 'react';

/** Loaded after the first board (Radix, floating-ui, react-colorful, dnd-kit): see deferred.tsx. */
export const LazyColourPicker = lazy(() =>
  import('./colour-picker').then((module) => ({ default: module.ColourPicker })),
);

export const LazyDeleteDialog = lazy(() =>
  import('./delete/delete-dialog').then((module) => ({ default: module.DeleteDialog })),
);

export const LazyBoardDnd = lazy(() => import('./dnd/board-dnd'));
