import { AjaxError, type TypeB24 } from '@bitrix24/b24jssdk';
import { describe, expect, it } from 'vitest';
import { installPlacements } from './install';
import type { InstallRequest } from './portal';

type Call = [method: string, params: Record<string, unknown>];
type Answer = { result?: unknown; error?: string; description?: string };

/** Just enough of an AjaxResult for install.ts: what the SDK's batch gives per command. */
const ajaxResult = (answer: Answer) => ({
  isSuccess: answer.error === undefined,
  getData: () => (answer.error === undefined ? { result: answer.result } : undefined),
  getErrors: () => [],
  getErrorMessages: () => (answer.description ? [answer.description] : []),
});

/**
 * A fake frame whose batch answers each command through `answer`; `batches` records what was
 * sent, batch by batch, so tests can check order and size.
 */
function fakeB24(answer: (call: Call) => Answer | 'throw') {
  const batches: Call[][] = [];
  const b24 = {
    actions: {
      v2: {
        batch: {
          make: ({ calls }: { calls: Record<string, Call> }) => {
            const sent = Object.values(calls);
            batches.push(sent);
            if (sent.some((call) => answer(call) === 'throw')) {
              return Promise.reject(new AjaxError({ code: 'NETWORK_ERROR', status: 0 } as never));
            }
            const data = Object.fromEntries(
              Object.entries(calls).map(([key, call]) => [key, ajaxResult(answer(call) as Answer)]),
            );
            return Promise.resolve({ getData: () => data });
          },
        },
      },
    },
  } as unknown as TypeB24;
  return { b24, batches };
}

const dynamicType = (id: number) => ({
  ID: `DYNAMIC_${id}_STAGE_1`,
  NAME: `Process ${id}`,
  SEMANTIC_INFO: [],
  ENTITY_TYPE_ID: id,
  CATEGORY_ID: 1,
});

const REQUEST: InstallRequest = {
  handler: 'https://host/app/index.html',
  title: { TITLE: 'Stage editor', DESCRIPTION: 'd' },
  titles: { en: { TITLE: 'Stage editor', DESCRIPTION: 'd' } },
};

const portalWith =
  (types: unknown[], bound: unknown[] = [], override?: (call: Call) => Answer | undefined) =>
  (call: Call): Answer => {
    const special = override?.(call);
    if (special) return special;
    if (call[0] === 'crm.status.entity.types') return { result: types };
    if (call[0] === 'placement.get') return { result: bound };
    if (call[0] === 'placement.unbind') return { result: { count: 1 } };
    return { result: true };
  };

describe('installPlacements', () => {
  it('unbinds everything it binds, plus leftovers of an earlier install, before binding', async () => {
    const { b24, batches } = fakeB24(
      portalWith([dynamicType(177)], [{ placement: 'CRM_DYNAMIC_140_FUNNELS_TOOLBAR' }]),
    );
    expect(await installPlacements(b24, REQUEST)).toEqual([]);
    const [, writes] = batches;
    expect(writes?.map(([method, params]) => `${method} ${String(params['PLACEMENT'])}`)).toEqual([
      'placement.unbind CRM_FUNNELS_TOOLBAR',
      'placement.unbind CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
      'placement.unbind CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
      'placement.unbind CRM_DYNAMIC_140_FUNNELS_TOOLBAR',
      'placement.bind CRM_FUNNELS_TOOLBAR',
      'placement.bind CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
      'placement.bind CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
    ]);
    expect(writes?.at(-1)?.[1]).toMatchObject({
      HANDLER: REQUEST.handler,
      TITLE: 'Stage editor',
      LANG_ALL: REQUEST.titles,
    });
  });

  it('splits more than 50 commands into batches of 50, unbinds first', async () => {
    const types = Array.from({ length: 30 }, (_, i) => dynamicType(1000 + i));
    const { b24, batches } = fakeB24(portalWith(types));
    expect(await installPlacements(b24, REQUEST)).toEqual([]);
    const writes = batches.slice(1);
    expect(writes.map((b) => b.length)).toEqual([50, 14]);
    expect(writes[0]?.slice(0, 32).every(([m]) => m === 'placement.unbind')).toBe(true);
  });

  it('reports a refused row and a row with an empty error code, and carries on', async () => {
    const { b24 } = fakeB24(
      portalWith([], [], ([method, params]) => {
        if (method !== 'placement.bind') return undefined;
        return params['PLACEMENT'] === 'CRM_FUNNELS_TOOLBAR'
          ? { error: 'ERROR_CORE', description: 'Handler already binded' }
          : // An empty error code reads as a success without a result (b24jssdk.md §3.5).
            { result: undefined };
      }),
    );
    const failures = await installPlacements(b24, REQUEST);
    expect(failures.map((f) => [f.method, f.placement, f.error.kind])).toEqual([
      ['placement.bind', 'CRM_FUNNELS_TOOLBAR', 'refused'],
      ['placement.bind', 'CRM_SMART_INVOICE_FUNNELS_TOOLBAR', 'refused'],
    ]);
    expect(failures[0]?.error.description).toBe('Handler already binded');
  });

  it('when reading the portal fails, says so and writes nothing', async () => {
    const { b24, batches } = fakeB24(() => 'throw');
    const failures = await installPlacements(b24, REQUEST);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ placement: '', method: 'batch' });
    expect(batches).toHaveLength(1);
  });

  it('when a whole write batch is lost, every command not known to have landed is reported', async () => {
    const { b24 } = fakeB24((call) =>
      call[0] === 'placement.bind' ? 'throw' : portalWith([dynamicType(177)])(call),
    );
    const failures = await installPlacements(b24, REQUEST);
    expect(failures).toHaveLength(6);
    expect(failures.every((f) => f.error.kind === 'network')).toBe(true);
  });
});
