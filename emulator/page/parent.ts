// The portal's parent page: the frame host the SDK talks to over postMessage (docs/sdk.md §1).
// The iframe's NAME is "HOST:PORT|PROTOCOL|APP_SID" (the SDK reads nothing else); the app is
// loaded with a POST form like the real portal does. Browser code, served transpiled (assets.ts).
import { newAppSid, parseMessage, replyText } from './protocol.js';
import { wireToolbar } from './toolbar.js';
import type { PageConfig, Session } from './types.js';

declare global {
  interface Window {
    /** Every command the app sent, for tests (e2e/frame-log.ts). */
    __frameLog: { command: string; params: unknown }[];
  }
}

const config = JSON.parse(
  document.getElementById('portal-config')?.textContent ?? '{}',
) as PageConfig;
const appUrl = new URL(config.appUrl, location.href);
const appOrigin = appUrl.origin;
const https = location.protocol === 'https:';
const APP_SID = newAppSid();

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// The name must be set BEFORE the iframe enters the document: Chromium does not pass a later
// name change on to the frame's window.name.
const frame = document.createElement('iframe');
frame.id = 'app-frame';
frame.title = 'Application';
frame.name = `${location.host}|${https ? 1 : 0}|${APP_SID}`;
byId('frame-host').append(frame);
window.__frameLog = [];

let ctx: Session;

async function post<T>(path: string, body?: object): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  return (await response.json()) as T;
}
/**
 * This tab's session: the portal keeps one token per session, so two tabs or two browsers work
 * side by side (a reload keeps the tab's session). `?user=<kind>` makes the session that user's,
 * whatever the portal's `user` setting says (emulator/sessions.ts).
 */
const SESSION = (() => {
  const kept = sessionStorage.getItem('emulator-session');
  if (kept) return kept;
  const made = newAppSid();
  sessionStorage.setItem('emulator-session', made);
  return made;
})();
const PAGE_USER = new URLSearchParams(location.search).get('user');
const portalApi = <T>(action: string, body?: object) =>
  post<T>(`/__portal/${encodeURIComponent(config.portal)}/${action}`, {
    ...body,
    session: SESSION,
    ...(PAGE_USER ? { user: PAGE_USER } : {}),
  });
const control = (action: string, body?: object) =>
  post<unknown>(`/__emulator/${encodeURIComponent(config.portal)}/${action}`, body);

/**
 * Loads the app like the real portal: a POST with DOMAIN/PROTOCOL/LANG/APP_SID in the query and
 * the auth data in the body. One persistent form: Chromium drops a submission whose form leaves
 * the document at once.
 */
async function loadApp(): Promise<void> {
  ctx = await portalApi<Session>('session');
  toolbar.show(ctx);
  const action = new URL(appUrl.href);
  action.searchParams.set('DOMAIN', location.host);
  action.searchParams.set('PROTOCOL', https ? '1' : '0');
  action.searchParams.set('LANG', ctx.settings.lang);
  action.searchParams.set('APP_SID', APP_SID);
  const form = byId<HTMLFormElement>('app-loader');
  form.replaceChildren();
  form.action = action.href;
  form.target = frame.name;
  const options = ctx.settings.placementOptions;
  const fields: Record<string, string> = {
    AUTH_ID: ctx.AUTH_ID,
    AUTH_EXPIRES: String(ctx.AUTH_EXPIRES),
    REFRESH_ID: ctx.REFRESH_ID,
    member_id: ctx.MEMBER_ID,
    status: 'L',
    PLACEMENT: ctx.settings.placement,
    PLACEMENT_OPTIONS: typeof options === 'string' ? options : JSON.stringify(options),
  };
  for (const [name, value] of Object.entries(fields)) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  form.submit();
}

const NO_REPLY = Symbol('no reply');
type Params = Record<string, unknown>;
type Handler = (p: Params) => unknown;

const handlers: Record<string, Handler> = {
  getInitData: () => {
    const s = ctx.settings;
    return {
      LANG: s.lang,
      DOMAIN: location.host,
      PROTOCOL: https ? 1 : 0,
      PATH: '/rest/',
      AUTH_ID: ctx.AUTH_ID,
      AUTH_EXPIRES: ctx.AUTH_EXPIRES,
      REFRESH_ID: ctx.REFRESH_ID,
      MEMBER_ID: ctx.MEMBER_ID,
      // IS_ADMIN means PORTAL administrator: a CRM administrator gets false.
      IS_ADMIN: s.admin,
      PLACEMENT: s.placement,
      PLACEMENT_OPTIONS: s.placementOptions,
      APP_OPTIONS: ctx.appOptions,
      USER_OPTIONS: ctx.userOptions,
      INSTALL: s.install,
      FIRST_RUN: s.firstRun,
    };
  },
  setInstall: (p) => p,
  // The real portal never replies: it saves, then reloads the app without install mode.
  setInstallFinish: async () => {
    await portalApi('install-finish');
    await loadApp();
    return NO_REPLY;
  },
  refreshAuth: async () => {
    const r = await portalApi<Partial<Session> & { ignore?: boolean }>('refresh');
    if (r.ignore) return NO_REPLY;
    Object.assign(ctx, r);
    return { AUTH_ID: r.AUTH_ID, AUTH_EXPIRES: r.AUTH_EXPIRES, REFRESH_ID: r.REFRESH_ID };
  },
  resizeWindow: (p) => {
    const height = parseFloat(String(p['height']));
    if (Number.isFinite(height) && height > 0) frame.style.height = `${height}px`;
    return { width: p['width'], height: p['height'] };
  },
  setTitle: (p) => {
    byId('pagetitle').textContent = String(p['title'] ?? '');
    return p;
  },
  setAppOption: async (p) => {
    const r = await portalApi<{ saved: boolean }>('app-option', p);
    if (!r.saved) return NO_REPLY;
    ctx.appOptions = { ...ctx.appOptions, [String(p['name'])]: p['value'] };
    return p;
  },
  setUserOption: async (p) => {
    await portalApi('user-option', p);
    ctx.userOptions = { ...ctx.userOptions, [String(p['name'])]: p['value'] };
    return p;
  },
  getInterface: () => ({ command: [], event: [] }),
  reloadWindow: async () => {
    await loadApp();
    return NO_REPLY;
  },
  setScroll: (p) => p,
};

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
  const msg = parseMessage(event.data);
  if (!msg || msg.appSid !== APP_SID) return;
  window.__frameLog.push({ command: msg.method, params: msg.params });
  const handler = handlers[msg.method];
  if (!handler) return; // commands the emulator does not model get no reply (README)
  const params = (msg.params && typeof msg.params === 'object' ? msg.params : {}) as Params;
  void Promise.resolve(handler(params)).then((result) => {
    if (result === NO_REPLY || !msg.cb || !frame.contentWindow) return;
    frame.contentWindow.postMessage(replyText(msg.cb, result), appOrigin);
  });
});

const toolbar = wireToolbar({
  config,
  appUrl: appUrl.href,
  changeSettings: async (patch) => {
    await control('settings', patch);
    await loadApp();
  },
  inject: (preset) => control(preset.path, preset.body),
  reload: loadApp,
});

void loadApp();

export {};
