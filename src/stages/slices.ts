/**
 * Gives the browser its turn: input, paint and the board's own work run before the next slice.
 * `scheduler.yield` where the browser has it, else a message (no 4 ms timer clamp).
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Work per slice: well under the 50 ms that makes a long task, with room for the board. */
export const SLICE_MS = 8;

/**
 * Runs `work` on every value, yielding to the browser whenever a slice has taken SLICE_MS, so
 * a large computation never blocks a click or a drag for long. Throws `signal`'s reason between
 * slices once it is aborted.
 */
export async function inSlices<T>(
  values: Iterable<T>,
  work: (value: T) => void,
  signal?: AbortSignal,
): Promise<void> {
  let started = performance.now();
  let n = 0;
  for (const value of values) {
    work(value);
    // Reading the clock costs too: look every 64 values.
    if ((++n & 63) === 0 && performance.now() - started > SLICE_MS) {
      await yieldToBrowser();
      signal?.throwIfAborted();
      started = performance.now();
    }
  }
}
