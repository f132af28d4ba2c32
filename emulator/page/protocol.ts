// The frame protocol as the parent page speaks it (docs/sdk.md §1): the app posts
// "command:params:callback:appSid" strings (or objects), split the way the real portal's
// applayout.js splits them; replies are "callback:JSON" posted to the app's origin. Browser code.

export interface FrameMessage {
  method: string;
  params: unknown;
  cb: string | undefined;
  appSid: string | undefined;
}

export function parseMessage(data: unknown): FrameMessage | null {
  if (typeof data === 'string') {
    const parts = data.split(':');
    if (parts.length < 3) return null;
    const raw = parts.slice(1, -2).join(':');
    let params: unknown = {};
    if (raw) {
      try {
        params = JSON.parse(raw) as unknown;
      } catch {
        params = raw;
      }
    }
    return {
      method: parts[0] ?? '',
      params,
      cb: parts[parts.length - 2],
      appSid: parts[parts.length - 1],
    };
  }
  if (
    data &&
    typeof data === 'object' &&
    typeof (data as { method?: unknown }).method === 'string'
  ) {
    const o = data as { method: string; params?: unknown; callback?: string; appSid?: string };
    return { method: o.method, params: o.params ?? {}, cb: o.callback, appSid: o.appSid };
  }
  return null;
}

export function replyText(cb: string, value: unknown): string {
  return `${cb}:${value === undefined ? '' : JSON.stringify(value)}`;
}

/** A random APP_SID, as the portal renders one per page view. */
export function newAppSid(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}
