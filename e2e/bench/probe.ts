/**
 * In-page instrumentation, injected with `page.addInitScript` into every frame and active only in
 * the app's frame. Everything is timed with the frame's own clock (`performance.now()`, whose
 * origin is the frame's navigation start), so no Node↔browser round trip ends up in a figure.
 */

export interface ResourceSeen {
  name: string;
  startTime: number;
}

export interface FrameStats {
  intervals: number[];
  longTasks: number[];
  /** When each long task started, ms after the measurement began. */
  longTaskStarts: number[];
}

export interface RenameStats {
  /** ms from the Enter keydown to the first frame after the new name reached the DOM. */
  toFrame: number;
  /** Animation frames that started between Enter and the DOM holding the new name (0 = next frame). */
  framesBefore: number;
}

export interface BenchProbe {
  timeOrigin: number;
  /** After the frame that paints the first stage of the board. */
  boardVisible: number | null;
  /** First moment a `Move stage` handle took focus and the main thread was free again. */
  interactive: number | null;
  /** JS and CSS the frame had started loading when the board became visible. */
  resourcesAtBoard: ResourceSeen[] | null;
  startFrames(): void;
  stopFrames(): FrameStats;
  watchRename(name: string): void;
  rename: RenameStats | null;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

/** Must stay self-contained: Playwright serialises it into the page. */
export function installProbe(appPath: string): void {
  if (!location.pathname.startsWith(appPath)) return;

  const nextTask = (fn: () => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn();
    channel.port2.postMessage(null);
  };
  const afterPaint = (fn: (t: number) => void) =>
    requestAnimationFrame(() => nextTask(() => fn(performance.now())));

  let frames: number[] = [];
  let longTasks: number[] = [];
  let longTaskStarts: number[] = [];
  let framesSince = 0;
  let framing = false;
  let longTaskObserver: PerformanceObserver | null = null;
  const tick = (t: number) => {
    if (!framing) return;
    frames.push(t);
    requestAnimationFrame(tick);
  };

  const probe: BenchProbe = {
    timeOrigin: performance.timeOrigin,
    boardVisible: null,
    interactive: null,
    resourcesAtBoard: null,
    rename: null,
    startFrames() {
      frames = [];
      longTasks = [];
      longTaskStarts = [];
      framesSince = performance.now();
      framing = true;
      requestAnimationFrame(tick);
      longTaskObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          longTasks.push(entry.duration);
          longTaskStarts.push(entry.startTime - framesSince);
        }
      });
      longTaskObserver.observe({ type: 'longtask' });
    },
    stopFrames() {
      framing = false;
      longTaskObserver?.disconnect();
      const intervals = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
      return { intervals, longTasks, longTaskStarts };
    },
    watchRename(name) {
      probe.rename = null;
      let pressed: number | null = null;
      let frameCount = 0;
      const countFrames = () => {
        if (pressed === null || probe.rename) return;
        frameCount += 1;
        requestAnimationFrame(countFrames);
      };
      const observer = new MutationObserver(() => {
        if (pressed === null) return;
        const shown = [...document.querySelectorAll('h3')].some((h) => h.textContent === name);
        if (!shown) return;
        observer.disconnect();
        const start = pressed;
        const framesBefore = frameCount;
        requestAnimationFrame((t) => {
          probe.rename = { toFrame: t - start, framesBefore };
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      const onKey = (event: KeyboardEvent) => {
        if (event.key !== 'Enter') return;
        document.removeEventListener('keydown', onKey, true);
        pressed = event.timeStamp;
        requestAnimationFrame(countFrames);
      };
      document.addEventListener('keydown', onKey, true);
    },
  };
  window.__bench = probe;

  const board = () => document.querySelector('ul[aria-label="In progress"] > li');
  const handle = () =>
    document.querySelector<HTMLButtonElement>(
      'button[aria-label^="Move stage"][aria-roledescription]:not([disabled])',
    );

  const watch = new MutationObserver(() => {
    if (probe.boardVisible === null && board()) {
      probe.boardVisible = -1; // seen; the time is taken after the frame that paints it
      const seenAt = performance.now();
      afterPaint((t) => {
        probe.boardVisible = t;
        probe.resourcesAtBoard = performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= seenAt)
          .map((e) => ({ name: e.name, startTime: e.startTime }));
      });
    }
    const button = handle();
    if (probe.interactive === null && button) {
      probe.interactive = -1;
      watch.disconnect();
      const tryFocus = () => {
        // Interactive means usable on screen: never earlier than the painted board.
        if ((probe.boardVisible ?? -1) < 0) {
          requestAnimationFrame(tryFocus);
          return;
        }
        button.focus();
        if (document.activeElement === button) {
          // The next task runs once the main thread is free to answer a key press.
          nextTask(() => {
            probe.interactive = performance.now();
            button.blur();
          });
        } else requestAnimationFrame(tryFocus);
      };
      tryFocus();
    }
  });
  const start = () =>
    watch.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
}
