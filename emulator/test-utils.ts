// Helpers for the emulator's own Vitest suites (not collected: no .test. in the name).
import { expect } from 'vitest';
import { startPortal, type RunningPortal } from './server';
import type { Json, JsonObject } from './types';

export interface Reply {
  status: number;
  headers: Headers;
  body: JsonObject;
}

/** The `result` of a successful answer; fails the test (showing the body) on anything else. */
export function ok(r: Reply): Json | undefined {
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body['result'];
}

export class Harness {
  constructor(readonly portal: RunningPortal) {}

  static async start(options: { appDir?: string } = {}): Promise<Harness> {
    return new Harness(
      await startPortal({ port: 0, appUrl: 'http://localhost:5173/index.html', ...options }),
    );
  }

  get base(): string {
    return this.portal.url.replace(/\/$/, '');
  }

  async raw(path: string, init: RequestInit = {}): Promise<Reply> {
    const res = await fetch(this.base + path, init);
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      body: text ? (JSON.parse(text) as JsonObject) : {},
    };
  }

  async control(path: string, body?: Json, method = body === undefined ? 'GET' : 'POST') {
    return this.raw(`/__emulator/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** A fresh tenant. Rate limiting is off unless asked for, so suites stay fast and independent. */
  async tenant(settings: JsonObject = { rateLimit: null }): Promise<Tenant> {
    const created = await this.control('portals', {});
    const id = String(created.body['id']);
    await this.control(`${id}/settings`, settings);
    return new Tenant(this, id);
  }
}

export class Tenant {
  constructor(
    readonly h: Harness,
    readonly id: string,
  ) {}

  /** Webhook call (users: 1 portal admin, 3 CRM admin, 5 ordinary, 7 no item rights). */
  hook(method: string, params: JsonObject = {}, userId = 1): Promise<Reply> {
    return this.h.raw(`/rest/${userId}/secret-${this.id}/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(params),
    });
  }

  /** A frame session as the parent page gets it: a fresh AUTH_ID. */
  async session(): Promise<string> {
    const r = await this.h.raw(`/__portal/${this.id}/session`, { method: 'POST' });
    return String(r.body['AUTH_ID']);
  }

  /** OAuth-style call, exactly what the SDK sends from the frame (JSON body with `auth`). */
  oauth(method: string, auth: string, params: JsonObject = {}): Promise<Reply> {
    return this.h.raw(
      `/rest/${method}?bx24_request_id=x&bx24_sdk_ver=2.2.0&bx24_sdk_type=b24-js-sdk`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...params, auth }),
      },
    );
  }

  /** A frame session of another kind of user (settings `user`), then one OAuth call. */
  async oauthAs(user: string, method: string, params: JsonObject = {}): Promise<Reply> {
    await this.control('settings', { user });
    return this.oauth(method, await this.session(), params);
  }

  /** The rows of one directory as the state endpoint holds them. */
  async rows(entityId: string): Promise<JsonObject[]> {
    const state = await this.control('state');
    return (state.body['statuses'] as JsonObject[]).filter((r) => r['ENTITY_ID'] === entityId);
  }

  control(action: string, body?: Json, method?: string): Promise<Reply> {
    return this.h.control(`${this.id}/${action}`, body, method);
  }

  async journal(): Promise<JsonObject[]> {
    const r = await this.h.raw(`/__emulator/${this.id}/journal`);
    return r.body as unknown as JsonObject[];
  }
}
