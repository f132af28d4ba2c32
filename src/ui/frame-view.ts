/**
 * The part of the app's frame the admin can see, and where a dialog goes in it.
 *
 * The portal makes the frame as tall as the app's content (docs/sdk.md §4.5), so the frame never
 * scrolls and its viewport is the whole content: `position: fixed`, `vh` and "centred" measure
 * the frame, not the portal's window. A dialog centred in it sits at half the content's height,
 * often below the portal's window, and moves by half of every change of that height while it is
 * open, under a pointer that is pressing its button (docs/sdk.md §4.8). Only the browser knows
 * which part of a cross-origin frame is on screen: an IntersectionObserver with no root reports
 * it (docs/sdk.md §4.8).
 */
export interface FrameView {
  /** The first and last row of the frame (its own CSS px) on screen, at the last look. */
  readonly top: number;
  readonly bottom: number;
}

/** Space kept between a dialog and the edges of what is on screen, in px. */
export const DIALOG_MARGIN = 16;
/** A dialog is never squeezed below this height (or the frame's), however little is on screen. */
export const DIALOG_MIN_HEIGHT = 320;

// One step per percent of the frame: the observer reports only when the share on screen crosses a
// step, so what it last said is never more than a percent of the frame off.
const STEPS = Array.from({ length: 101 }, (_, k) => k / 100);

let seen: FrameView | null = null;

/** Follows which part of the frame is on screen; returns the stop. Started once, by the app. */
export function watchFrameView(): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      const last = entries.at(-1);
      if (!last) return;
      const { top, bottom } = last.intersectionRect;
      seen = last.isIntersecting ? { top, bottom } : null;
    },
    { threshold: STEPS },
  );
  observer.observe(document.documentElement);
  return () => {
    observer.disconnect();
    seen = null;
  };
}

/** What the observer last said; null before its first report or while the frame is off screen. */
export const frameView = (): FrameView | null => seen;

/**
 * Where a dialog that opens now goes, in the frame's px: its top at the top of what is on screen,
 * as tall as what is on screen at most (its content scrolls inside), and never below the frame's
 * end. Read once when the dialog opens: it then stays where it opened, whatever the frame does.
 */
export function dialogPlacement(
  view: FrameView | null,
  frameHeight: number,
): { top: number; maxHeight: number } {
  const shown = view ?? { top: 0, bottom: frameHeight };
  const room = Math.min(frameHeight, Math.max(shown.bottom - shown.top, DIALOG_MIN_HEIGHT));
  const maxHeight = Math.max(room - 2 * DIALOG_MARGIN, 0);
  const lowest = frameHeight - DIALOG_MARGIN - maxHeight;
  const top = Math.max(DIALOG_MARGIN, Math.min(shown.top + DIALOG_MARGIN, lowest));
  return { top, maxHeight };
}
