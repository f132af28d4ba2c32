// Contract tests: `batch` as the server runs it (docs/server-behaviour.md §2), from
// yuliai/bitrix-modules rest/classes/general/rest_provider.php methodsBatch (267-394) and
// rest/classes/general/rest.php processException (860-884). The docs differ on the length limit
// (they answer the whole batch 400) and on nesting (405); neither is HTTP-level on the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from './test-utils';
import type { Json, JsonObject } from './types';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.portal.close());

const inner = (body: JsonObject) => body['result'] as JsonObject;

describe('batch (§2)', () => {
  it('51 commands: the first 50 run, each later one is refused inside the HTTP 200', async () => {
    // rest_provider.php 289-290, 362-368: the counter, then ERROR_BATCH_LENGTH_EXCEEDED per command.
    const t = await h.tenant();
    const cmd = Array.from({ length: 52 }, () => 'server.time');
    const r = await t.hook('batch', { cmd });
    expect(r.status).toBe(200);
    const b = inner(r.body);
    expect(b['result']).toHaveLength(50);
    expect(b['result_error']).toEqual({
      50: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
      51: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
    });
    // With halt the refusal of command 51 stops the batch.
    const halted = inner((await t.hook('batch', { halt: 1, cmd })).body);
    expect(Object.keys(halted['result_error'] as JsonObject)).toEqual(['50']);
    // The docs' shape: the whole batch refused with HTTP 400.
    const docs = await h.tenant({ rateLimit: null, answers: 'docs' });
    const refused = await docs.hook('batch', { cmd });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      error: 'ERROR_BATCH_LENGTH_EXCEEDED',
      error_description: 'Max batch length exceeded',
    });
  });

  it('a nested batch is refused inside the HTTP 200', async () => {
    const t = await h.tenant();
    const r = await t.hook('batch', { cmd: ['batch?cmd[0]=server.time', 'server.time'] });
    expect(r.status).toBe(200);
    const b = inner(r.body);
    expect(b['result_error']).toEqual([
      {
        error: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
        error_description: 'Method is not allowed for batch usage',
      },
    ]);
    expect(Object.keys(b['result'] as JsonObject)).toEqual(['1']);
  });

  it('halt stops after the first failure, empty code included; halt is PHP-truthy', async () => {
    // rest_provider.php 370, 379: `$res['error']` holds the whole error array, so an empty code
    // still counts as a failure.
    const t = await h.tenant();
    const cmd = { a: 'crm.status.get?id=999999', b: 'server.time' };
    for (const halt of [1, 'Y', 'false', true]) {
      const b = inner((await t.hook('batch', { halt, cmd })).body);
      expect(b['result_error'], String(halt)).toEqual({
        a: { error: '', error_description: 'CRM Status is not found.' },
      });
      expect(b['result'], String(halt)).toEqual([]);
      expect(b['result_time']).toEqual([]);
    }
    for (const halt of [0, '0', '', false]) {
      const b = inner((await t.hook('batch', { halt, cmd })).body);
      expect(Object.keys(b['result'] as JsonObject), String(halt)).toEqual(['b']);
    }
  });

  it('empty maps are [], keys are case-insensitive, non-string commands are skipped', async () => {
    const t = await h.tenant();
    const r = await t.hook('batch', {
      CMD: { a: 'server.time', b: 5 as unknown as Json, c: 'scope' },
    });
    const b = inner(r.body);
    expect(Object.keys(b['result'] as JsonObject)).toEqual(['a', 'c']);
    expect(b['result_error']).toEqual([]);
    expect(b['result_total']).toEqual([]);
    expect(b['result_next']).toEqual([]);
    // crm.status.list sets a total (and never a next).
    const list = inner(
      (await t.hook('batch', { cmd: { l: 'crm.status.list?filter[ENTITY_ID]=STATUS' } })).body,
    );
    expect(list['result_total']).toEqual({ l: 5 });
    expect(list['result_next']).toEqual([]);
  });

  it('sticky ERROR_CORE: after a bad STATUS_ID every later failure reports its text', async () => {
    // crm_status.php 978-1009 leaves a CAdminException in $APPLICATION; rest.php 876-881 swaps any
    // later error's code and text for it, and nothing clears it within the request.
    const t = await h.tenant();
    const dup =
      'crm.status.add?fields[ENTITY_ID]=DEAL_STAGE&fields[STATUS_ID]=NEW&fields[NAME]=x&fields[SORT]=15';
    const r = await t.hook('batch', {
      halt: 0,
      cmd: {
        before: 'crm.status.get?id=999999',
        dup,
        ok: 'crm.status.get?id=101',
        after: 'crm.status.delete?id=999999',
        rights: 'crm.status.update?id=0',
      },
    });
    const errors = inner(r.body)['result_error'] as Record<string, JsonObject>;
    expect(errors['before']).toEqual({ error: '', error_description: 'CRM Status is not found.' });
    const text = errors['dup']?.['error_description'];
    expect(errors['dup']).toEqual({
      error: 'ERROR_CORE',
      error_description: expect.stringMatching(/<br>$/),
    });
    expect(errors['after']).toEqual({ error: 'ERROR_CORE', error_description: text });
    expect(errors['rights']).toEqual({ error: 'ERROR_CORE', error_description: text });
    expect(Object.keys(inner(r.body)['result'] as JsonObject)).toEqual(['ok']);
    // A new request starts clean.
    expect((await t.hook('crm.status.delete', { id: 999999 })).body).toEqual({
      error: '',
      error_description: 'Status is not found.',
    });
    // The docs' shapes know nothing of it.
    const docs = await h.tenant({ rateLimit: null, answers: 'docs' });
    const documented = inner(
      (await docs.hook('batch', { halt: 0, cmd: { dup, after: 'crm.status.delete?id=999999' } }))
        .body,
    );
    expect(documented['result_error']).toEqual({
      dup: { error: 'Duplicate STATUS_ID.', error_description: 'Such STATUS_ID already exists.' },
      after: { error: 'Status is not found.', error_description: 'Directory item not found.' },
    });
  });
});
