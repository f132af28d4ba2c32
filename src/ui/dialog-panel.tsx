import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { dialogPlacement, frameView } from './frame-view';

type Props = Dialog.DialogContentProps & {
  /** The panel's width, a literal Tailwind class such as `w-[min(34rem,92vw)]`. */
  width: string;
};

/**
 * A Radix dialog's overlay and panel, the panel at the top of the part of the frame the admin
 * can see rather than centred in a frame as tall as the content (frame-view.ts, docs/sdk.md
 * §4.8): it opens in view and does not move while it is open, so a press on one of its buttons
 * is released on that button. Goes inside `Dialog.Root` in place of `Dialog.Portal`.
 */
export function DialogPanel(props: Props) {
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="fixed inset-0 bg-black/40" />
      <PlacedContent {...props} />
    </Dialog.Portal>
  );
}

function PlacedContent({ width, className = '', style, onCloseAutoFocus, ...props }: Props) {
  // Radix mounts a portal's children only while the dialog is open: this runs once per opening,
  // before Radix moves focus into the panel.
  const [place] = useState(() => dialogPlacement(frameView(), window.innerHeight));
  const [opener] = useState(() => document.activeElement);
  return (
    <Dialog.Content
      {...props}
      // Radix returns focus only to a Dialog.Trigger (docs/focus.md §3), and several dialogs
      // open from a plain button, some after loading: focus goes back to whatever had it when
      // the dialog opened, else to the trigger as Radix does. A dialog may choose otherwise.
      onCloseAutoFocus={(event) => {
        onCloseAutoFocus?.(event);
        if (event.defaultPrevented) return;
        if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) {
          event.preventDefault();
          opener.focus();
        }
      }}
      style={{ ...style, top: place.top, maxHeight: place.maxHeight }}
      className={`fixed left-1/2 flex ${width} -translate-x-1/2 flex-col gap-3 overflow-y-auto rounded-card bg-surface p-4 text-text shadow-lg ${className}`}
    />
  );
}
