// Emulator behaviour beyond the docs' examples: batch, CORS, auth, rate limit, faults, paging,
// zone rules, prefixes, items, the control API, the static app host and the parent page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_BASE_PATH, APP_CSP } from './static-app';
import { Harness } from './test-utils';
import type { JsonObject } from './types';

let h: Harness;
let appDir: string;
beforeAll(async () => {
  appDir = mkdtempSync(join(tmpdir(), 'stage-editor-dist-'));
  writeFileSync(
    join(appDir, 'index.html'),
    '<!doctype html><script type="module" src="./assets/app.js"></script>',
  );
  h = await Harness.start({ appDir });
});
afterAll(() => h.portal.close());

const qs = (o: Record<string, string>) => new URLSearchParams(o).toString();

describe('batch', () => {
  it('named cmd, PHP-style queries, $result references, result_total/next/time', async () => {
    const t = await h.tenant();
    const r = await t.hook('batch', {
      halt: 0,
      cmd: {
        stages: `crm.status.list?${'filter%5BENTITY_ID%5D=DEAL_STAGE&order%5BSORT%5D=DESC'}`,
        first: 'crm.status.get?id=$result[stages][0][ID]',
        big: 'crm.status.list?filter[ENTITY_ID]=DEAL_STAGE_3',
      },
    });
    expect(r.status).toBe(200);
    const b = r.body['result'] as JsonObject;
    const stages = (b['result'] as JsonObject)['stages'] as JsonObject[];
    expect(stages[0]?.['STATUS_ID']).toBe('APOLOGY');
    expect(((b['result'] as JsonObject)['first'] as JsonObject)['STATUS_ID']).toBe('APOLOGY');
    expect(b['result_error']).toEqual([]);
    expect(b['result_total']).toEqual({ stages: 8, big: 120 });
    expect(b['result_next']).toEqual({ big: 50 });
    expect(Object.keys(b['result_time'] as JsonObject)).toEqual(['stages', 'first', 'big']);
    expect(r.body['time']).toBeDefined();
  });

  it('array cmd: lists stay arrays, a failing row is keyed by its index; halt stops', async () => {
    const t = await h.tenant();
    const cmd = ['crm.status.get?id=101', 'crm.status.get?id=999999', 'crm.status.get?id=103'];
    const noHalt = (await t.hook('batch', { halt: 0, cmd })).body['result'] as JsonObject;
    expect(noHalt['result']).toEqual({ 0: expect.any(Object), 2: expect.any(Object) });
    expect(noHalt['result_error']).toEqual({
      1: { error: 'Status is not found.', error_description: 'Directory item not found.' },
    });
    const halted = (await t.hook('batch', { halt: 1, cmd })).body['result'] as JsonObject;
    expect(Array.isArray(halted['result'])).toBe(true);
    expect(halted['result']).toHaveLength(1);
    const ok = (await t.hook('batch', { halt: 1, cmd: [cmd[0] ?? '', cmd[2] ?? ''] })).body[
      'result'
    ] as JsonObject;
    expect(ok['result']).toHaveLength(2);
  });

  it('form-encoded batch, writes inside, add with an empty error code, journal children', async () => {
    const t = await h.tenant();
    const body = qs({
      halt: '0',
      'cmd[a]': `crm.status.add?${qs({ 'fields[ENTITY_ID]': 'DEAL_STAGE', 'fields[STATUS_ID]': 'NEGOTIATION', 'fields[NAME]': 'Negotiation & terms', 'fields[SORT]': '45' })}`,
      'cmd[b]': `crm.status.add?${qs({ 'fields[ENTITY_ID]': 'DEAL_STAGE', 'fields[NAME]': 'No code' })}`,
      'cmd[c]': 'crm.status.update?id=$result[a]&fields[NAME]=Renamed',
    });
    const r = await h.raw(`/rest/1/secret-${t.id}/batch.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    const b = r.body['result'] as JsonObject;
    const id = (b['result'] as JsonObject)['a'];
    expect(typeof id).toBe('number');
    expect((b['result'] as JsonObject)['c']).toBe(true);
    expect(b['result_error']).toEqual({
      b: { error: '', error_description: 'The field STATUS_ID is required.' },
    });
    const row = (await t.hook('crm.status.get', { id: id as number })).body['result'] as JsonObject;
    expect(row['NAME']).toBe('Renamed');
    const journal = await t.journal();
    const parent = journal.find((e) => e['method'] === 'batch');
    const children = journal.filter((e) => e['parent'] === parent?.['seq']);
    expect(children.map((c) => [c['method'], c['status']])).toEqual([
      ['crm.status.add', 200],
      ['crm.status.add', 400],
      ['crm.status.update', 200],
    ]);
  });

  it('more than 50 rows: ERROR_BATCH_LENGTH_EXCEEDED; nested batch refused', async () => {
    const t = await h.tenant();
    const cmd = Array.from({ length: 51 }, () => 'server.time');
    const r = await t.hook('batch', { cmd });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      error: 'ERROR_BATCH_LENGTH_EXCEEDED',
      error_description: 'Max batch length exceeded',
    });
    const nested = (await t.hook('batch', { cmd: ['batch?cmd[0]=server.time'] })).body[
      'result'
    ] as JsonObject;
    expect(nested['result_error']).toEqual([
      {
        error: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
        error_description: 'Method is not allowed for batch usage',
      },
    ]);
  });
});

describe('transport', () => {
  it('CORS preflight and headers on errors; GET with query params; .json suffix', async () => {
    const pre = await fetch(`${h.base}/rest/crm.status.list`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toBe('Content-Type');
    const t = await h.tenant();
    const err = await t.hook('crm.status.get', { id: 1 }, 1).then(() => h.raw('/rest/1/nope/x'));
    expect(err.status).toBe(401);
    expect(err.headers.get('access-control-allow-origin')).toBe('*');
    const get = await h.raw(
      `/rest/1/secret-${t.id}/crm.status.list.json?filter[ENTITY_ID]=STATUS&start=-1`,
    );
    expect((get.body['result'] as JsonObject[]).map((s) => s['STATUS_ID'])).toEqual([
      'NEW',
      'IN_PROCESS',
      'PROCESSED',
      'CONVERTED',
      'JUNK',
    ]);
    expect(get.body).not.toHaveProperty('total');
  });

  it('tokens: refresh issues a new one, the old one is then expired; refreshAuth ignore', async () => {
    const t = await h.tenant({ rateLimit: null });
    const first = await t.session();
    const refreshed = await h.raw(`/__portal/${t.id}/refresh`, { method: 'POST' });
    const second = String(refreshed.body['AUTH_ID']);
    expect(refreshed.body['AUTH_EXPIRES']).toBe(3600);
    expect((await t.oauth('server.time', second)).status).toBe(200);
    expect((await t.oauth('server.time', first)).body['error']).toBe('expired_token');
    await t.control('settings', { refreshAuth: 'ignore' });
    expect((await h.raw(`/__portal/${t.id}/refresh`, { method: 'POST' })).body).toEqual({
      ignore: true,
    });
  });

  it('tokenLifetime expiry', async () => {
    const t = await h.tenant({ rateLimit: null, tokenLifetime: 0.05 });
    const auth = await t.session();
    await new Promise((r) => setTimeout(r, 80));
    expect((await t.oauth('server.time', auth)).status).toBe(401);
  });

  it('leaky-bucket rate limit: 503 after the burst, a batch counts once', async () => {
    const t = await h.tenant({ rateLimit: { burst: 3, drainRate: 0.001 } });
    const statuses: number[] = [];
    statuses.push(
      (await t.hook('batch', { cmd: Array.from({ length: 10 }, () => 'server.time') })).status,
    );
    for (let i = 0; i < 3; i += 1) statuses.push((await t.hook('server.time')).status);
    expect(statuses).toEqual([200, 200, 200, 503]);
    const last = await t.hook('server.time');
    expect(last.body).toEqual({
      error: 'QUERY_LIMIT_EXCEEDED',
      error_description: 'Too many requests',
    });
    // Another tenant is unaffected.
    expect(
      (await (await h.tenant({ rateLimit: { burst: 3, drainRate: 0.001 } })).hook('server.time'))
        .status,
    ).toBe(200);
  });
});

describe('faults', () => {
  it('error fault on a method, and on a batch sub-command only', async () => {
    const t = await h.tenant();
    await t.control('faults', {
      method: 'crm.status.update',
      type: 'error',
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'Internal server error',
    });
    const failed = await t.hook('batch', {
      cmd: { a: 'crm.status.get?id=101', b: 'crm.status.update?id=101&fields[NAME]=x' },
    });
    const b = failed.body['result'] as JsonObject;
    expect(b['result_error']).toEqual({
      b: { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' },
    });
    expect((b['result'] as JsonObject)['a']).toBeDefined();
    // Consumed: the next update works.
    expect((await t.hook('crm.status.update', { id: 101, fields: { NAME: 'y' } })).status).toBe(
      200,
    );
    await t.control('faults', {
      method: '*',
      count: 2,
      type: 'error',
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'Internal server error',
    });
    expect((await t.hook('server.time')).status).toBe(500);
    expect((await t.hook('server.time')).status).toBe(500);
    expect((await t.hook('server.time')).status).toBe(200);
  });

  it('rateLimit, delay, drop before and after', async () => {
    const t = await h.tenant();
    await t.control('faults', { type: 'rateLimit', count: 1 });
    expect((await t.hook('server.time')).status).toBe(503);
    await t.control('faults', { method: 'server.time', type: 'delay', ms: 150 });
    const started = Date.now();
    await t.hook('server.time');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await t.control('faults', { method: 'crm.status.update', type: 'drop' });
    await expect(
      t.hook('crm.status.update', { id: 103, fields: { NAME: 'Lost' } }),
    ).rejects.toThrow();
    expect(
      ((await t.hook('crm.status.get', { id: 103 })).body['result'] as JsonObject)['NAME'],
    ).toBe('Document Preparation');
    await t.control('faults', { method: 'crm.status.update', type: 'drop', after: true });
    await expect(
      t.hook('crm.status.update', { id: 103, fields: { NAME: 'Applied' } }),
    ).rejects.toThrow();
    expect(
      ((await t.hook('crm.status.get', { id: 103 })).body['result'] as JsonObject)['NAME'],
    ).toBe('Applied');
    await t.control('faults', { method: 'x', type: 'drop' });
    await t.control('faults', undefined, 'DELETE');
    expect((await t.control('faults')).body).toEqual([]);
  });
});

describe('crm.status semantics', () => {
  it('paging by 50 with total/next, ordering ties by ID, filter operators', async () => {
    const t = await h.tenant();
    const list = (params: JsonObject) => t.hook('crm.status.list', params);
    const p1 = await list({ filter: { ENTITY_ID: 'DEAL_STAGE_3' } });
    expect(p1.body['total']).toBe(120);
    expect(p1.body['next']).toBe(50);
    expect(p1.body['result']).toHaveLength(50);
    const p3 = await list({ filter: { ENTITY_ID: 'DEAL_STAGE_3' }, start: 100 });
    expect(p3.body['result']).toHaveLength(20);
    expect(p3.body).not.toHaveProperty('next');
    const gt = await list({
      filter: { ENTITY_ID: 'DEAL_STAGE', '>ID': 109 },
      order: { ID: 'ASC' },
      start: -1,
    });
    expect((gt.body['result'] as JsonObject[]).map((r) => r['ID'])).toEqual(['111', '113', '115']);
    const notSystem = await list({
      filter: { ENTITY_ID: 'DEAL_STAGE', '!SYSTEM': 'Y', '%NAME': 'invoice' },
    });
    expect((notSystem.body['result'] as JsonObject[]).map((r) => r['STATUS_ID'])).toEqual([
      'PREPAYMENT_INVOICE',
      'FINAL_INVOICE',
    ]);
    await t.hook('crm.status.update', { id: 105, fields: { SORT: 20 } });
    const tie = await list({ filter: { ENTITY_ID: 'DEAL_STAGE', '<=SORT': 20 } });
    expect((tie.body['result'] as JsonObject[]).map((r) => r['ID'])).toEqual(['101', '103', '105']);
    const desc = await list({
      filter: { ENTITY_ID: 'DEAL_STAGE', '<=SORT': 20 },
      order: { SORT: 'DESC' },
    });
    expect((desc.body['result'] as JsonObject[]).map((r) => r['ID'])).toEqual([
      '103',
      '105',
      '101',
    ]);
  });

  it('prefixes, STATUS_ID limits, CATEGORY_ID defaults', async () => {
    const t = await h.tenant();
    const add = async (fields: JsonObject) => {
      const r = await t.hook('crm.status.add', { fields: { SORT: 15, NAME: 'Stage', ...fields } });
      if (r.status !== 200) return r.body;
      return (await t.hook('crm.status.get', { id: r.body['result'] as number })).body[
        'result'
      ] as JsonObject;
    };
    expect(await add({ ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'FOO' })).toMatchObject({
      STATUS_ID: 'C1:FOO',
      CATEGORY_ID: '0',
    });
    expect(
      await add({ ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'C1:BAR', CATEGORY_ID: 1 }),
    ).toMatchObject({ STATUS_ID: 'C1:BAR', CATEGORY_ID: '1' });
    expect(await add({ ENTITY_ID: 'DYNAMIC_177_STAGE_7', STATUS_ID: 'FOO' })).toMatchObject({
      STATUS_ID: 'DT177_7:FOO',
    });
    expect(await add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'MAIN' })).toMatchObject({
      STATUS_ID: 'MAIN',
      CATEGORY_ID: null,
    });
    expect(await add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'A'.repeat(22) })).toMatchObject({
      STATUS_ID: 'A'.repeat(22),
    });
    expect(await add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'B'.repeat(23) })).toMatchObject({
      error: '',
    });
    expect(await add({ ENTITY_ID: 'STATUS', STATUS_ID: 'L'.repeat(22) })).toMatchObject({
      error: '',
    });
    expect(await add({ ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'C'.repeat(20) })).toMatchObject({
      error: '',
    });
    expect(await add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'BAD ID' })).toMatchObject({
      error: '',
    });
    expect(await add({ ENTITY_ID: 'SOURCE', STATUS_ID: 'any chars: ok!' })).toMatchObject({
      STATUS_ID: 'any chars: ok!',
    });
    expect(
      await add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'LONGNAME', NAME: 'n'.repeat(101) }),
    ).toMatchObject({ error: '' });
  });

  it('zone rules on add and update', async () => {
    const t = await h.tenant();
    const add = (fields: JsonObject) =>
      t.hook('crm.status.add', { fields: { ENTITY_ID: 'DEAL_STAGE', NAME: 'Z', ...fields } });
    expect((await add({ STATUS_ID: 'OK1', SORT: 55 })).status).toBe(200);
    expect((await add({ STATUS_ID: 'BAD1', SORT: 60 })).body['error_description']).toBe(
      'Cannot create an intermediate stage after success',
    );
    expect((await add({ STATUS_ID: 'F1', SORT: 60, SEMANTICS: 'F' })).status).toBe(400);
    expect((await add({ STATUS_ID: 'F2', SORT: 90, SEMANTICS: 'F' })).status).toBe(200);
    expect((await add({ STATUS_ID: 'S2', SORT: 65, SEMANTICS: 'S' })).status).toBe(400);
    // Update: in-progress cannot pass success, failure cannot precede it, success stays between.
    expect((await t.hook('crm.status.update', { id: 103, fields: { SORT: 75 } })).status).toBe(400);
    expect((await t.hook('crm.status.update', { id: 115, fields: { SORT: 50 } })).status).toBe(400);
    expect((await t.hook('crm.status.update', { id: 111, fields: { SORT: 75 } })).status).toBe(400);
    expect((await t.hook('crm.status.update', { id: 111, fields: { SORT: 65 } })).status).toBe(200);
    expect((await t.hook('crm.status.update', { id: 113, fields: { SORT: 200 } })).status).toBe(
      200,
    );
  });

  it('FORCED delete of system stages and the active-items refusal', async () => {
    const t = await h.tenant();
    // An empty system stage (the seeded history fills the deal pipelines' won stages).
    const won = (await t.hook('crm.status.list', { filter: { STATUS_ID: 'DT36_13:SUCCESS' } }))
      .body['result'] as JsonObject[];
    const wonId = Number(won[0]?.['ID']);
    expect((await t.hook('crm.status.delete', { id: wonId })).body['error']).toMatch(/FORCED/);
    expect((await t.hook('crm.status.delete', { id: wonId, params: { FORCED: 'Y' } })).status).toBe(
      200,
    );
    // Form-encoded params[FORCED]=Y works too; NEW holds deals though.
    const r = await h.raw(`/rest/1/secret-${t.id}/crm.status.delete`, {
      method: 'POST',
      body: 'id=101&params[FORCED]=Y',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(r.body['error']).toBe('There are active items in this status.');
  });
});

describe('items', () => {
  it('counts per stage with total, moves with history, and non-admin refusal', async () => {
    const t = await h.tenant();
    const count = async (stageId: string) =>
      (await t.hook('crm.item.list', { entityTypeId: 2, filter: { stageId }, select: ['id'] }))
        .body['total'];
    expect(await count('NEW')).toBe(3);
    expect(await count('PREPARATION')).toBe(2);
    const moved = await t.hook('crm.item.update', {
      entityTypeId: 2,
      id: 1,
      fields: { stageId: 'PREPARATION' },
    });
    expect(((moved.body['result'] as JsonObject)['item'] as JsonObject)['stageId']).toBe(
      'PREPARATION',
    );
    expect(await count('PREPARATION')).toBe(3);
    expect(
      (await t.hook('crm.deal.update', { id: 2, fields: { STAGE_ID: 'WON' } })).body['result'],
    ).toBe(true);
    const hist = (
      await t.hook('crm.stagehistory.list', { entityTypeId: 2, filter: { OWNER_ID: 2 } })
    ).body['result'] as JsonObject;
    expect((hist['items'] as JsonObject[]).map((i) => [i['TYPE_ID'], i['STAGE_ID']])).toEqual([
      [1, 'NEW'],
      [3, 'WON'],
    ]);
    // A stage of another pipeline without categoryId: success, the stage silently stays
    // (docs/server-behaviour.md §8, crm/lib/Field/Stage.php).
    const other = await t.hook('crm.item.update', {
      entityTypeId: 2,
      id: 1,
      fields: { stageId: 'C1:NEW' },
    });
    expect(other.status).toBe(200);
    expect(((other.body['result'] as JsonObject)['item'] as JsonObject)['stageId']).toBe(
      'PREPARATION',
    );
    expect(
      (await t.hook('crm.deal.update', { id: 3, fields: { STAGE_ID: 'WON' } }, 5)).body['error'],
    ).toBe('Access denied.');
    const smart = await t.hook('crm.item.list', {
      entityTypeId: 177,
      filter: { categoryId: 7, stageId: 'DT177_7:NEW' },
    });
    expect(smart.body['total']).toBe(2);
  });
});

describe('app methods', () => {
  it('app.info, profile, placement.*, options, scope', async () => {
    const t = await h.tenant();
    expect((await t.hook('app.info')).body['result']).toMatchObject({ INSTALLED: true });
    expect((await t.hook('profile')).body['result']).toMatchObject({ ADMIN: true, ID: '1' });
    expect((await t.hook('profile', {}, 5)).body['result']).toMatchObject({ ADMIN: false });
    const bind = {
      PLACEMENT: 'CRM_FUNNELS_TOOLBAR',
      HANDLER: 'https://example.test/index.html',
      TITLE: 'Stage editor',
    };
    expect((await t.hook('placement.bind', bind)).body['result']).toBe(true);
    expect((await t.hook('placement.bind', bind)).status).toBe(400);
    expect((await t.hook('placement.bind', bind, 5)).body['error']).toBe('Access denied.');
    expect((await t.hook('placement.get')).body['result']).toHaveLength(1);
    expect(
      (await t.hook('placement.unbind', { PLACEMENT: 'CRM_FUNNELS_TOOLBAR' })).body['result'],
    ).toEqual({ count: 1 });
    await t.hook('app.option.set', { options: { theme: 'light' } });
    expect((await t.hook('app.option.get', { option: 'theme' })).body['result']).toBe('light');
    await t.hook('user.option.set', { options: { zoom: 2 } }, 5);
    expect((await t.hook('user.option.get', {}, 5)).body['result']).toEqual({ zoom: 2 });
    expect((await t.hook('scope')).body['result']).toEqual(['crm', 'placement']);
  });
});

describe('test control', () => {
  it('state, planted rows, journal without auth, reset, settings validation', async () => {
    const t = await h.tenant();
    const planted = await t.control('statuses', [
      {
        ENTITY_ID: 'DEAL_STAGE',
        STATUS_ID: 'XSS',
        NAME: '<img src=x onerror="window.__xss=1">',
        SORT: '15',
        SEMANTICS: null,
        SYSTEM: 'N',
        COLOR: '#fff',
      },
    ]);
    const id = (planted.body as unknown as JsonObject[])[0]?.['ID'];
    const list = await t.oauth('crm.status.list', await t.session(), {
      filter: { ENTITY_ID: 'DEAL_STAGE' },
    });
    expect((list.body['result'] as JsonObject[])[1]).toMatchObject({
      ID: id,
      NAME: '<img src=x onerror="window.__xss=1">',
    });
    const journal = await t.journal();
    expect(JSON.stringify(journal)).not.toContain('"auth"');
    expect(journal.at(-1)).toMatchObject({
      method: 'crm.status.list',
      status: 200,
      params: { filter: { ENTITY_ID: 'DEAL_STAGE' } },
    });
    const state = (await t.control('state')).body;
    expect(Object.keys(state)).toEqual(
      expect.arrayContaining([
        'statuses',
        'entityTypes',
        'items',
        'settings',
        'appOptions',
        'userOptions',
        'placements',
        'installed',
      ]),
    );
    await t.control('reset', {});
    expect(await t.journal()).toEqual([]);
    expect((await t.control('state')).body['statuses']).not.toContainEqual(
      expect.objectContaining({ STATUS_ID: 'XSS' }),
    );
    expect((await t.control('settings', { lang: 'fr' })).status).toBe(400);
    expect((await t.control('settings', { install: true })).body).toMatchObject({ install: true });
    expect((await t.hook('app.info')).body['result']).toMatchObject({ INSTALLED: false });
    expect((await h.control('portals', { id: 'fixed-id' })).body).toEqual({ id: 'fixed-id' });
  });
});

describe('pages', () => {
  it('parent page: frame, toolbar, config escaping; unknown portal 404', async () => {
    const page = await fetch(
      `${h.base}/?portal=default&app=${encodeURIComponent('http://localhost:5173/index.html?x=</script>')}`,
    );
    const html = await page.text();
    expect(html).toContain("frame.id = 'app-frame'");
    expect(html).toContain('id="pagetitle"');
    expect(html).not.toContain('x=</script>');
    expect((await fetch(`${h.base}/?portal=missing`)).status).toBe(404);
  });

  it('static app host: non-root path, POST for html, CSP, MIME types', async () => {
    const base = h.portal.appUrl;
    expect(base).toMatch(new RegExp(`^http://localhost:\\d+${APP_BASE_PATH}$`));
    const post = await fetch(`${base}index.html?DOMAIN=x`, {
      method: 'POST',
      body: 'AUTH_ID=1',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(post.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(APP_CSP).not.toContain('unsafe-eval');
    expect(APP_CSP).toMatch(/script-src 'self'(;|$)/);
    expect((await fetch(base)).status).toBe(200);
    expect((await fetch(base.replace(APP_BASE_PATH, '/index.html'))).status).toBe(404);
    expect((await fetch(`${base}assets/missing.js`, { method: 'POST' })).status).toBe(405);
  });
});
