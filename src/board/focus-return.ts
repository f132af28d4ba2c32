import { stageFocusTarget } from './reveal-stage';

/** The element focus should be on, looked up afresh each time: cards re-render after an edit. */
export type FocusTarget = () => HTMLElement | null;

/** Long enough for a slow portal's read-back or an undo of many writes (docs/focus.md §4). */
const KEEP_MS = 10_000;

let wish: { target: FocusTarget; stop: () => void } | null = null;

const lost = () => document.activeElement === null || document.activeElement === document.body;

function restore() {
  if (!wish || !lost()) return;
  wish.target()?.focus();
}

/**
 * Puts focus on `target` now if focus has fallen to `<body>`, and again whenever the page changes
 * and it has fallen there (a moved card loses focus, docs/focus.md §1; the optimistic change and
 * the read-back each re-render), for a few seconds. Forgotten as soon as focus lands anywhere
 * else or the pointer is pressed, so it never pulls focus away from where the admin went.
 */
export function returnFocus(target: FocusTarget): void {
  forgetFocus();
  const observer = new MutationObserver(restore);
  const onFocusIn = (event: FocusEvent) => {
    if (event.target !== target()) forgetFocus();
  };
  const timer = window.setTimeout(forgetFocus, KEEP_MS);
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('focusin', onFocusIn, true);
  document.addEventListener('pointerdown', forgetFocus, true);
  wish = {
    target,
    stop: () => {
      observer.disconnect();
      window.clearTimeout(timer);
      document.removeEventListener('focusin', onFocusIn, true);
      document.removeEventListener('pointerdown', forgetFocus, true);
    },
  };
  restore();
}

export function forgetFocus(): void {
  wish?.stop();
  wish = null;
}

/** Focus back on a stage's handle (its card when read-only), wherever its card is rendered. */
export const returnFocusToStage = (stageId: string) => returnFocus(() => stageFocusTarget(stageId));

/**
 * Back to `element` while it is in the page; if it has gone and sat on a stage, to that stage
 * (its card may have been rendered anew).
 */
export function returnFocusToElement(element: Element | null): void {
  if (!(element instanceof HTMLElement) || element === document.body) return;
  const stageId = element.closest<HTMLElement>('li[data-stage-id]')?.dataset['stageId'];
  returnFocus(() =>
    element.isConnected ? element : stageId === undefined ? null : stageFocusTarget(stageId),
  );
}
