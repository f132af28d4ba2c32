/**
 * A part of the port whose code loads on its first call, after the first board, so the board's
 * download never carries it (issue 15's budget): the change journal's storage, the pipelines and
 * stage-set writes. `methods` names every call once (the compiler checks none is missing); each
 * waits for the code, then runs. A failed download is tried again on the next call.
 */
export function deferredCalls<T extends { [K in keyof T]: (...args: never[]) => Promise<unknown> }>(
  load: () => Promise<T>,
  methods: Readonly<Record<keyof T, true>>,
): T {
  let loading: Promise<T> | null = null;
  const target = () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  const calls = Object.keys(methods).map((name) => [
    name,
    async (...args: unknown[]) => {
      const loaded = await target();
      return Reflect.apply(loaded[name as keyof T], loaded, args) as Promise<unknown>;
    },
  ]);
  return Object.fromEntries(calls) as T;
}
