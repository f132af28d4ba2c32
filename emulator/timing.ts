// The `time` object of every successful answer. The SDK REQUIRES it (docs/sdk.md §2: without it
// every call throws JSSDK_UNKNOWN_ERROR) and reads `operating`/`operating_reset_at` to throttle.
import { isoSeconds } from './seed';
import type { JsonObject } from './types';

export function timing(startedAt: number, finishedAt = Date.now()): JsonObject {
  const start = startedAt / 1000;
  const finish = finishedAt / 1000;
  return {
    start,
    finish,
    duration: finish - start,
    processing: finish - start,
    date_start: isoSeconds(new Date(startedAt)),
    date_finish: isoSeconds(new Date(finishedAt)),
    // The operating-time window is 10 minutes (docs/server-behaviour.md §10).
    operating_reset_at: Math.floor(start) + 600,
    operating: 0,
  };
}
