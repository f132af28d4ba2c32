// Emulator behaviour beyond the docs' examples: batch mechanics, CORS, auth, rate limit, faults,
// items, the control API, the static app host and the parent page. The server's own answers
// (crm.status.*, batch limits, rights, placements) have their contract tests in server-*.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_CSP, withLoopback } from './local-csp';
import { APP_BASE_PATH } from './static-app';
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
    // crm.status.list never pages: every row, a total, no next (docs/server-behaviour.md §1).
    expect(b['result_total']).toEqual({ stages: 8, big: 120 });
    expect(b['result_next']).toEqual([]);
    expect((b['result'] as JsonObject)['big']).toHaveLength(120);
    expect(Object.keys(b['result_time'] as JsonObject)).toEqual(['stages', 'first', 'big']);
    expect(r.body['time']).toBeDefined();
  });

  it('array cmd: lists stay arrays, a failing row is keyed by its index; halt stops', async () => {
    const t = await h.tenant();
    const cmd = ['crm.status.get?id=101', 'crm.status.get?id=999999', 'crm.status.get?id=103'];
    const noHalt = (await t.hook('batch', { halt: 0, cmd })).body['result'] as JsonObject;
    expect(noHalt['result']).toEqual({ 0: expect.any(Object), 2: expect.any(Object) });
    expect(noHalt['result_error']).toEqual({
      1: { error: '', error_description: 'CRM Status is not found.' },
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
    const get = await h.raw(`/rest/1/secret-${t.id}/crm.status.list.json?filter[ENTITY_ID]=STATUS`);
    expect((get.body['result'] as JsonObject[]).map((s) => s['STATUS_ID'])).toEqual([
      'NEW',
      'IN_PROCESS',
      'PROCESSED',
      'CONVERTED',
      'JUNK',
    ]);
    expect(get.body['total']).toBe(5);
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

describe('items', () => {
  it('counts per stage with total, moves with history, refusal without item rights', async () => {
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
    // A stage of another pipeline without a categoryId is quietly kept as it was (§8).
    const across = await t.hook('crm.item.update', {
      entityTypeId: 2,
      id: 1,
      fields: { stageId: 'C1:NEW' },
    });
    expect(across.status).toBe(200);
    expect(((across.body['result'] as JsonObject)['item'] as JsonObject)['stageId']).not.toBe(
      'C1:NEW',
    );
    // Moving items needs item rights, not CRM settings rights: an ordinary user (5) may, a user
    // without any item rights (7) is refused like every legacy crm.* call.
    expect(
      (await t.hook('crm.deal.update', { id: 3, fields: { STAGE_ID: 'WON' } }, 5)).body['result'],
    ).toBe(true);
    expect(
      (await t.hook('crm.deal.update', { id: 4, fields: { STAGE_ID: 'WON' } }, 7)).body,
    ).toEqual({ error: '', error_description: 'Access denied.' });
    const smart = await t.hook('crm.item.list', {
      entityTypeId: 177,
      filter: { categoryId: 7, stageId: 'DT177_7:NEW' },
    });
    expect(smart.body['total']).toBe(2);
  });
});

describe('app methods', () => {
  it('app.info, server.time, options through the app, scope', async () => {
    const t = await h.tenant();
    expect((await t.hook('app.info')).body['result']).toMatchObject({ INSTALLED: true });
    const auth = await t.session();
    expect(
      (await t.oauth('app.option.set', auth, { options: { theme: 'light' } })).body,
    ).toMatchObject({ result: true });
    expect((await t.oauth('app.option.get', auth, { option: 'theme' })).body['result']).toBe(
      'light',
    );
    // Flat options merge too; an empty call is refused.
    await t.oauth('app.option.set', auth, { zoom: '2' });
    expect((await t.oauth('app.option.get', auth)).body['result']).toEqual({
      theme: 'light',
      zoom: '2',
    });
    expect((await t.oauth('app.option.set', auth, {})).body).toMatchObject({
      error: 'ERROR_ARGUMENT',
    });
    await t.oauth('user.option.set', auth, { options: { zoom: 2 } });
    expect((await t.oauth('user.option.get', auth)).body['result']).toEqual({ zoom: 2 });
    expect((await t.oauth('scope', auth)).body['result']).toEqual(['crm', 'entity', 'placement']);
    expect(typeof (await t.hook('server.time')).body['result']).toBe('string');
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
    expect(html).toContain('<script type="module" src="/__page/parent.js">');
    expect(html).toContain('id="pagetitle"');
    expect(html).toContain('id="opt-user"');
    expect(html).not.toContain('x=</script>');
    expect((await fetch(`${h.base}/?portal=missing`)).status).toBe(404);
    // The page's script: typed modules, served as JavaScript without their types.
    const script = await fetch(`${h.base}/__page/parent.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const js = await script.text();
    expect(js).toContain("from './protocol.js'");
    expect(js).not.toMatch(/: (Session|PageConfig)\b/);
    expect((await fetch(`${h.base}/__page/../state.js`)).status).toBe(404);
    expect((await fetch(`${h.base}/__page/nope.js`)).status).toBe(404);
  });

  it('static app host: non-root path, POST for html, CSP, MIME types', async () => {
    // The browser sees the dotted host a portal accepts as a placement handler; Node, which does
    // not resolve *.localhost, reaches the same server on 127.0.0.1.
    expect(h.portal.appUrl).toMatch(
      new RegExp(`^http://stage-editor\\.localhost:\\d+${APP_BASE_PATH}$`),
    );
    const base = h.portal.appLoopbackUrl;
    const post = await fetch(`${base}index.html?DOMAIN=x`, {
      method: 'POST',
      body: 'AUTH_ID=1',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // This page carries no policy of its own, so the host's strict one applies, loopback added.
    const policy = post.headers.get('content-security-policy');
    expect(policy).toBe(withLoopback(HOST_CSP));
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect((await fetch(base)).status).toBe(200);
    expect((await fetch(base.replace(APP_BASE_PATH, '/index.html'))).status).toBe(404);
    expect((await fetch(`${base}assets/missing.js`, { method: 'POST' })).status).toBe(405);
  });
});
