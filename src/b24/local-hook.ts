import { ApiVersion, B24Hook, B24OAuth, type TypeB24 } from '@bitrix24/b24jssdk';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { SdkPortal } from './sdk-portal';

/**
 * Tests only (never imported by the app): the real SDK on the local portal. Two roads, as on a
 * real portal: the webhook route, and the OAuth route with `auth` in the body, which is how the
 * app talks from its frame and what placement.* demands (docs/server-behaviour.md §3). The SDK
 * hard-codes https:// for webhooks (docs/sdk.md §2), so those requests are rewritten to http.
 * One attempt per request keeps error tests fast; `attempts: 2` lets the SDK resend a request
 * whose answer was lost, as it does by default (docs/sdk.md §3).
 */
export interface LocalRoad {
  /** Webhook user (1 portal admin, 3 CRM admin, 5 ordinary, 7 no item rights). */
  readonly userId?: number;
  /** An AUTH_ID of a frame session: the OAuth route instead of the webhook. */
  readonly auth?: string;
  readonly attempts?: number;
}

export function localHook(
  port: number,
  tenantId: string,
  { userId = 1, auth, attempts = 1 }: LocalRoad = {},
): TypeB24 {
  const origin = `http://127.0.0.1:${port}`;
  const restrictionParams = { maxRetries: attempts };
  if (auth !== undefined) {
    const oauth = new B24OAuth(
      {
        applicationToken: '',
        userId: 0,
        memberId: tenantId,
        accessToken: auth,
        refreshToken: '',
        expires: Math.floor(Date.now() / 1000) + 3600,
        expiresIn: 3600,
        scope: 'crm,placement',
        domain: origin,
        clientEndpoint: `${origin}/rest`,
        serverEndpoint: `${origin}/rest/`,
        status: 'L',
      } as unknown as ConstructorParameters<typeof B24OAuth>[0],
      { clientId: 'local', clientSecret: 'local' },
      { restrictionParams },
    );
    oauth.offClientSideWarning();
    return oauth;
  }
  const hook = new B24Hook(
    { b24Url: origin, userId, secret: `secret-${tenantId}` },
    { restrictionParams },
  );
  hook.offClientSideWarning();
  hook.getHttpClient(ApiVersion.v2).ajaxClient.interceptors.request.use((config) => {
    config.url = config.url?.replace(/^https:/, 'http:');
    return config;
  });
  return hook;
}

/** Tests only: the port itself on the local portal. */
export function localPortal(
  port: number,
  tenantId: string,
  { isPortalAdmin = true, ...road }: LocalRoad & { isPortalAdmin?: boolean } = {},
): SdkPortal {
  return new SdkPortal(localHook(port, tenantId, road), {
    isPortalAdmin,
    lang: 'en',
    userOptions: { get: () => null, set: () => undefined },
    reload: () => undefined,
  });
}

/** The emulator's test harness as these tests use it (src/ never imports the emulator itself). */
interface LocalHarness<T> {
  readonly portal: { readonly port: number; close(): Promise<void> };
  tenant(): Promise<T>;
}

/** Tests only: one local portal per test file, and a fresh tenant (its own portal) per test. */
export function eachTenant<H extends LocalHarness<unknown>>(
  start: () => Promise<H>,
): { readonly h: H; readonly t: Awaited<ReturnType<H['tenant']>> } {
  type T = Awaited<ReturnType<H['tenant']>>;
  let h: H | undefined;
  let t: T | undefined;
  beforeAll(async () => {
    h = await start();
  });
  afterAll(() => h?.portal.close());
  beforeEach(async () => {
    t = (await h?.tenant()) as T | undefined;
  });
  return {
    get h() {
      if (!h) throw new Error('the local portal is not running');
      return h;
    },
    get t() {
      if (!t) throw new Error('no tenant yet');
      return t;
    },
  };
}
