import { ApiVersion, type TypeB24 } from '@bitrix24/b24jssdk';
import type { SendBatch } from './batch';
import type { PortalActivity } from './portal';
import { PortalError } from './portal-error';
import { toPortalError } from './portal-error-from-sdk';

/** After this long a request counts as slow and the admin is told the app is still waiting. */
const SLOW_AFTER_MS = 2_000;

/**
 * The port's only road to the portal: every request is one `batch` sent as a plain method through
 * the SDK (docs/sdk.md §2), so auth refresh, rate limiting and retries stay the SDK's, and every
 * request is watched so a long wait becomes visible.
 */
export class SdkTransport {
  private readonly listeners = new Set<(activity: PortalActivity) => void>();
  private pending = 0;
  private rateLimitedAt = 0;
  private activity: PortalActivity = 'idle';

  constructor(private readonly b24: TypeB24) {
    // The SDK retries QUERY_LIMIT_EXCEEDED on its own (1.5 s, then 2.25 s) without telling the
    // caller (docs/sdk.md §3); watching its HTTP client is the only way to know why a request
    // takes long.
    b24.getHttpClient(ApiVersion.v2).ajaxClient.interceptors.response.use(undefined, (error) => {
      const status = (error as { response?: { status?: number } }).response?.status;
      if (status === 503 || status === 429) this.rateLimitedAt = Date.now();
      return Promise.reject(error);
    });
  }

  onActivity(listener: (activity: PortalActivity) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setActivity(activity: PortalActivity) {
    if (activity === this.activity) return;
    this.activity = activity;
    for (const listener of this.listeners) listener(activity);
  }

  private async track<T>(request: () => Promise<T>): Promise<T> {
    this.pending++;
    const startedAt = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - startedAt < SLOW_AFTER_MS) return;
      this.setActivity(this.rateLimitedAt >= startedAt ? 'rate-limited' : 'slow');
    }, 250);
    try {
      return await request();
    } finally {
      clearInterval(timer);
      if (--this.pending === 0) this.setActivity('idle');
    }
  }

  readonly send: SendBatch = (body) =>
    this.track(async () => {
      let answer;
      try {
        answer = await this.b24.actions.v2.call.make({ method: 'batch', params: body });
      } catch (error) {
        throw toPortalError(error, 'batch');
      }
      // A 200 that carries an error (the SDK's soft codes) resolves instead of throwing.
      if (!answer.isSuccess) {
        const [first] = answer.getErrors();
        throw toPortalError(first ?? new PortalError('server', '', '', 'batch'), 'batch');
      }
      return answer.getData()?.result;
    });
}
