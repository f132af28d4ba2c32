import { initializeB24Frame } from '@bitrix24/b24jssdk';
import type { Portal } from './portal';
import { SdkPortal } from './sdk-portal';
import { toPortalError } from './portal-error-from-sdk';

const LAST_DIRECTORY = 'lastDirectory';

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
  let last: string | null = null;
  try {
    // userGet throws when the option is missing or falsy (b24jssdk.md §4.5).
    const value: unknown = b24.options.userGet(LAST_DIRECTORY);
    last = typeof value === 'string' && value !== '' ? value : null;
  } catch {
    last = null;
  }
  return new SdkPortal(b24, b24.auth.isAdmin, b24.getLang(), last, (entityId) => {
    b24.options.userSet(LAST_DIRECTORY, entityId).catch(() => {
      // Remembering the directory is a convenience; a portal that refuses it changes nothing.
    });
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
  const key = `stage-editor:${LAST_DIRECTORY}`;
  const lang = navigator.language.slice(0, 2);
  return new SdkPortal(hook, true, lang, localStorage.getItem(key), (entityId) =>
    localStorage.setItem(key, entityId),
  );
}
