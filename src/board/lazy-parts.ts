import { lazyPart } from './deferred';

/** Loaded after the first board (Radix, floating-ui, react-colorful, dnd-kit): see deferred.tsx. */
export const colourPickerPart = lazyPart(() =>
  import('./colour-picker').then((module) => module.ColourPicker),
);

export const deleteDialogPart = lazyPart(() =>
  import('./delete/delete-dialog').then((module) => module.DeleteDialog),
);

export const boardDndPart = lazyPart(() =>
  import('./dnd/board-dnd').then((module) => module.default),
);
