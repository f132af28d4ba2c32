/** Query-key factory: every key of server state about stages starts with `stages`. */
export const stageKeys = {
  all: ['stages'] as const,
  start: (entityId: string) => ['stages', 'start', entityId] as const,
  directory: (entityId: string) => ['stages', 'directory', entityId] as const,
  /** Items per stage of one directory; loaded after the board, never with it. */
  counts: (entityId: string) => ['stages', 'counts', entityId] as const,
};

/**
 * Every mutation that changes stages carries this key, so a settling write can tell whether
 * another one is still on its way (`isMutating`) before it touches the cache.
 */
export const stageWriteKey = ['stages', 'write'] as const;
