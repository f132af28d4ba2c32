// Pins the @bitrix24/b24jssdk 2.2.0 behaviour the port is built around (docs/sdk.md §2, §3), on
// the local portal with the real SDK. If an SDK upgrade changes any of it, this fails first, and
// batch.ts / portal-error-from-sdk.ts / stage-add.ts must be looked at again.
import { AjaxError, type TypeB24 } from '@bitrix24/b24jssdk';
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../../emulator/test-utils';
import { eachTenant, localHook } from './local-hook';

const local = eachTenant(() => Harness.start());
let hook: TypeB24;
beforeEach(() => {
  hook = localHook(local.h.portal.port, local.t.id);
});

/** How crm.status.* refuses on the real server: HTTP 400, an EMPTY code, the sentence (§1). */
const emptyCodeRefusal = (method: string, description: string) =>
  local.t.control('faults', { type: 'refusedEmptyCode', method, description });

describe('SDK 2.2.0, as the port relies on it', () => {
  it('batch.make reports an empty-code row as a success with no result: the sentence is gone from its API', async () => {
    await emptyCodeRefusal('crm.status.delete', 'There are active items in this status.');
    const answer = await hook.actions.v2.batch.make({
      calls: { del: ['crm.status.delete', { id: 101 }] },
      options: { isHaltOnError: false, returnAjaxResult: true },
    });
    expect(answer.isSuccess).toBe(true);
    const row = (answer.getData() as Record<string, { isSuccess: boolean; getData(): unknown }>)[
      'del'
    ];
    expect(row?.isSuccess).toBe(true);
    expect((row?.getData() as { result?: unknown } | undefined)?.result).toBeUndefined();
  });

  it('batch sent as a plain method resolves with the portal’s own answer, empty codes and sentences included', async () => {
    await emptyCodeRefusal('crm.status.delete', 'There are active items in this status.');
    const answer = await hook.actions.v2.call.make({
      method: 'batch',
      params: {
        halt: 0,
        cmd: [
          'crm.status.list?filter%5BENTITY_ID%5D=DEAL_STAGE',
          'crm.status.delete?id=101',
          // A later row reads an earlier one's result: the probe in loadStart relies on it.
          'crm.status.get?id=%24result%5B0%5D%5B0%5D%5BID%5D',
        ],
      },
    });
    expect(answer.isSuccess).toBe(true);
    const raw = answer.getData()?.result as Record<string, unknown>;
    expect(raw['result_error']).toEqual({
      1: { error: '', error_description: 'There are active items in this status.' },
    });
    const results = raw['result'] as Record<string, unknown>;
    expect((results['2'] as { STATUS_ID?: string }).STATUS_ID).toBe('NEW');
    expect(raw['result_total']).toMatchObject({ 0: 8 });
  });

  it('a lone empty-code refusal throws ERR_BAD_REQUEST; the sentence is only in originalError.response.data', async () => {
    await emptyCodeRefusal('crm.status.update', 'Access denied.');
    const thrown = await hook.actions.v2.call
      .make({ method: 'crm.status.update', params: { id: 101, fields: { NAME: 'x' } } })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(thrown).toBeInstanceOf(AjaxError);
    const error = thrown as AjaxError;
    expect(error.code).toBe('ERR_BAD_REQUEST');
    expect(error.message).not.toContain('Access denied.');
    expect(Object.keys(error)).not.toContain('originalError');
    const data = (error.originalError as { response?: { data?: unknown } }).response?.data;
    expect(data).toEqual({ error: '', error_description: 'Access denied.' });
  });

  it('a request whose answer is lost is sent again by the SDK itself: a batch may run twice', async () => {
    const resending = localHook(local.h.portal.port, local.t.id, { attempts: 2 });
    await local.t.control('faults', { type: 'drop', method: 'batch', after: true });
    const answer = await resending.actions.v2.call.make({
      method: 'batch',
      params: { halt: 0, cmd: ['crm.status.update?id=109&fields%5BNAME%5D=Twice'] },
    });
    expect(answer.isSuccess).toBe(true);
    const journal = await local.t.journal();
    expect(journal.filter((e) => e['method'] === 'batch')).toHaveLength(2);
    expect(journal.filter((e) => e['method'] === 'crm.status.update')).toHaveLength(2);
  });
});
