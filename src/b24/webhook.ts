import { B24Hook } from '@bitrix24/b24jssdk';
import type { Portal } from './portal';
import { SdkPortal } from './sdk-portal';

/**
 * Development only: talks to a real portal through an incoming webhook
 * (`VITE_B24_WEBHOOK=https://your.bitrix24.com/rest/1/secret/`). The SDK forces https for
 * webhooks and warns that a webhook belongs on a server; a developer's own browser is fine.
 */
export async function connectWebhook(url: string): Promise<Portal> {
  const hook = B24Hook.fromWebhookUrl(url);
  hook.offClientSideWarning();
  const prefix = `stage-editor:${hook.getTargetOrigin()}:`;
  return new SdkPortal(hook, {
    isAdmin: true,
    reload: () => window.location.reload(),
    lang: navigator.language.slice(0, 2),
    userOptions: {
      get: (name) => localStorage.getItem(prefix + name),
      set: (name, value) => localStorage.setItem(prefix + name, value),
    },
  });
}
