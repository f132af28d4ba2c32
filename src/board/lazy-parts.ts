import { lazy } from 'react';

export const ColourPicker = lazy(() =>
  import('./colour-picker').then((module) => ({ default: module.ColourPicker })),
);

export const DeleteDialog = lazy(() =>
  import('./delete-dialog').then((module) => ({ default: module.DeleteDialog })),
);
