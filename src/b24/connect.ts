import { initializeB24Frame } from '@bitrix24/b24jssdk';
import type { Portal } from './portal';
import { SdkPortal } from './sdk-portal';
import { toPortalError } from './portal-error-from-sdk';

/**
 * Connects through the parent frame. `initializeB24Frame` is a module-level singleton that must
 * never be destroyed (a destroyed frame hangs every later command), so it is called once, before
 * React renders, and kept for the page's lifetime.
 */
export async function connectFrame(): Promise<Portal> {
  let b24;
  try {
    b24 = await initializeB24Frame();
  } catch (error) {
    throw toPortalError(error, 'getInitData');
  }
  const frame = b24;
  const kept = new Map<string, string>();
  return new SdkPortal(frame, {
    isAdmin: frame.auth.isAdmin,
    lang: frame.getLang(),
    userOptions: {
      get(name) {
        if (kept.has(name)) return kept.get(name) ?? null;
        try {
          // userGet throws when the option is missing or falsy (b24jssdk.md §4.5).
          const value: unknown = frame.options.userGet(name);
          return typeof value === 'string' && value !== '' ? value : null;
        } catch {
          return null;
        }
      },
      set(name, value) {
        kept.set(name, value);
        frame.options.userSet(name, value).catch(() => {
          // The parent did not confirm; the value still holds for this session.
        });
      },
    },
  });
}

/**
 * Development only: talks to a real portal through an incoming webhook
 * (`VITE_B24_WEBHOOK=https://your.bitrix24.com/rest/1/secret/`). The SDK forces https for
 * webhooks and warns that a webhook belongs on a server; a developer's own browser is fine.
 */
export async function connectWebhook(url: string): Promise<Portal> {
  const { B24Hook } = await import('@bitrix24/b24jssdk');
  const hook = B24Hook.fromWebhookUrl(url);
  hook.offClientSideWarning();
  const prefix = `stage-editor:${hook.getTargetOrigin()}:`;
  return new SdkPortal(hook, {
    isAdmin: true,
    lang: navigator.language.slice(0, 2),
    userOptions: {
      get: (name) => localStorage.getItem(prefix + name),
      set: (name, value) => localStorage.setItem(prefix + name, value),
    },
  });
}
