import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, ok, type Tenant } from './test-utils';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.portal.close());

/** The parent page's own backend, as one tab (session) calls it. */
const pageCall = (t: Tenant, action: string, body: Record<string, unknown>) =>
  h.raw(`/__portal/${t.id}/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const auth = async (t: Tenant, action: string, body: Record<string, unknown>) =>
  String((await pageCall(t, action, body)).body['AUTH_ID']);
const profileId = async (t: Tenant, token: string) =>
  (ok(await t.oauth('profile', token)) as Record<string, unknown>)['ID'];

describe('page sessions (one token per tab)', () => {
  it('two tabs keep their own tokens; a reload replaces only its own', async () => {
    const t = await h.tenant();
    const a = await auth(t, 'session', { session: 'tab-a' });
    const b = await auth(t, 'session', { session: 'tab-b' });
    expect((await t.oauth('server.time', a)).status).toBe(200);
    expect((await t.oauth('server.time', b)).status).toBe(200);
    const a2 = await auth(t, 'session', { session: 'tab-a' });
    expect((await t.oauth('server.time', a)).body['error']).toBe('expired_token');
    expect((await t.oauth('server.time', a2)).status).toBe(200);
    expect((await t.oauth('server.time', b)).status).toBe(200);
  });

  it('a tab may belong to another user; its refresh keeps that user', async () => {
    const t = await h.tenant();
    const admin = await auth(t, 'session', { session: 'tab-a' });
    const session = await pageCall(t, 'session', { session: 'tab-b', user: 'crm-admin' });
    expect(session.body['settings']).toMatchObject({ user: 'crm-admin', admin: false });
    const crm = String(session.body['AUTH_ID']);
    expect(await profileId(t, admin)).toBe('1');
    expect(await profileId(t, crm)).toBe('3');
    const refreshed = await auth(t, 'refresh', { session: 'tab-b', user: 'crm-admin' });
    expect(await profileId(t, refreshed)).toBe('3');
    // The portal's `user` setting moves the tabs that did not choose their user, only.
    await t.control('settings', { user: 'ordinary' });
    expect(await profileId(t, admin)).toBe('5');
    expect(await profileId(t, refreshed)).toBe('3');
  });

  it('user options belong to the tab’s user', async () => {
    const t = await h.tenant();
    await auth(t, 'session', { session: 'tab-b', user: 'crm-admin' });
    await pageCall(t, 'user-option', { session: 'tab-b', name: 'k', value: 'v' });
    const state = await t.control('state');
    expect(state.body['userOptions']).toEqual({ '3': { k: 'v' } });
  });

  it('expire-token expires every tab’s token', async () => {
    const t = await h.tenant();
    const a = await auth(t, 'session', { session: 'tab-a' });
    const b = await auth(t, 'session', { session: 'tab-b' });
    await t.control('expire-token', {});
    expect((await t.oauth('server.time', a)).body['error']).toBe('expired_token');
    expect((await t.oauth('server.time', b)).body['error']).toBe('expired_token');
  });
});
