import { B24Hook } from '@bitrix24/b24jssdk';
import type { Portal } from './portal';
import { SdkPortal } from './sdk-portal';

/**
 * Whether the webhook's user is a portal administrator: `profile` says so in ADMIN
 * (docs/server-behaviour.md §9), as IS_ADMIN does in a frame; for anyone else the edit-right
 * probe in loadStart decides. A development webhook whose profile cannot be read counts as an
 * administrator's, as the SDK's B24Hook itself assumes (docs/sdk.md §2).
 */
async function portalAdmin(hook: B24Hook): Promise<boolean> {
  try {
    const answer = await hook.actions.v2.call.make({ method: 'profile' });
    const admin = (answer.getData()?.result as { ADMIN?: unknown } | undefined)?.ADMIN;
    return typeof admin === 'boolean' ? admin : true;
  } catch {
    return true;
  }
}

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
    isPortalAdmin: await portalAdmin(hook),
    reload: () => window.location.reload(),
    lang: navigator.language.slice(0, 2),
    userOptions: {
      get: (name) => localStorage.getItem(prefix + name),
      set: (name, value) => localStorage.setItem(prefix + name, value),
    },
  });
}
