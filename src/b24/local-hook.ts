import { ApiVersion, B24Hook } from '@bitrix24/b24jssdk';
import { SdkPortal } from './sdk-portal';

/**
 * Tests only (never imported by the app): the real SDK on the local portal's webhook route. The
 * SDK hard-codes https:// for webhooks (docs/sdk.md §2), so requests are rewritten back to http.
 * One attempt per request keeps error tests fast; `attempts: 2` lets the SDK resend a request
 * whose answer was lost, as it does by default (docs/sdk.md §3).
 */
export function localHook(
  port: number,
  tenantId: string,
  { userId = 1, attempts = 1 }: { userId?: number; attempts?: number } = {},
): B24Hook {
  const hook = new B24Hook(
    { b24Url: `http://127.0.0.1:${port}`, userId, secret: `secret-${tenantId}` },
    { restrictionParams: { maxRetries: attempts } },
  );
  hook.offClientSideWarning();
  hook.getHttpClient(ApiVersion.v2).ajaxClient.interceptors.request.use((config) => {
    config.url = config.url?.replace(/^https:/, 'http:');
    return config;
  });
  return hook;
}

/** Tests only: the port itself on the local portal, as a frame-less admin or user sees it. */
export function localPortal(
  port: number,
  tenantId: string,
  { isPortalAdmin = true, userId = 1, attempts = 1 } = {},
): SdkPortal {
  return new SdkPortal(localHook(port, tenantId, { userId, attempts }), {
    isPortalAdmin,
    lang: 'en',
    userOptions: { get: () => null, set: () => undefined },
    reload: () => undefined,
  });
}
