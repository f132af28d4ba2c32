import { initializeB24Frame, MessageCommands } from '@bitrix24/b24jssdk';
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
    // IS_ADMIN: a portal administrator, which is more than the right to edit stages (docs/sdk.md §1).
    isPortalAdmin: frame.auth.isAdmin,
    lang: frame.getLang(),
    reload: () => void frame.parent.reloadWindow(),
    userOptions: {
      get(name) {
        if (kept.has(name)) return kept.get(name) ?? null;
        try {
          // userGet throws when the option is missing or falsy (docs/sdk.md §4).
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
    host: {
      info: {
        placement: frame.placement.placement,
        placementOptions: frame.placement.options as unknown,
        installMode: frame.isInstallMode,
      },
      fitHeight: (height) => {
        // What fitWindow() sends, with the app's own height: fitWindow measures the document's
        // scrollHeight, which never drops below the frame's current height, so the frame could
        // grow but never shrink back. Width stays '100%' so the frame follows the portal's page.
        frame.parent.message
          .send(MessageCommands.resizeWindow, { width: '100%', height, isSafely: true })
          .catch(() => undefined);
      },
      finishInstall: () => {
        // setInstallFinish is never answered: the portal saves, then reopens the app.
        frame.installFinish().catch(() => undefined);
      },
    },
  });
}
