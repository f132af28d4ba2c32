// The portal's parent page: the frame host the SDK talks to over postMessage. Protocol details
// (b24jssdk.md §1.2-1.4, §8.2): the iframe's NAME is "HOST:PORT|PROTOCOL|APP_SID" (the SDK reads
// nothing else), messages are "command:params:callback:appSid" strings split the way the real
// portal's applayout.js splits them, replies are "callback:JSON" posted to the app's origin.
// This page is the portal, not our app, so an inline script is fine here.

export const PLACEMENTS = [
  'DEFAULT',
  'CRM_FUNNELS_TOOLBAR',
  'CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
  'CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
];

/** Toolbar fault presets; each maps to a control-API call made by the page script below. */
export const FAULT_PRESETS: Record<string, { label: string; path: string; body?: object }> = {
  'write-500': {
    label: 'Next write fails (500)',
    path: 'faults',
    body: {
      type: 'error',
      method: ['crm.status.add', 'crm.status.update', 'crm.status.delete', 'crm.item.update'],
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'Internal server error',
    },
  },
  'rate-limit': {
    label: 'Rate-limit burst (next 5 requests → 503)',
    path: 'faults',
    body: { type: 'rateLimit', count: 5 },
  },
  'expire-token': { label: 'Expire the token now', path: 'expire-token' },
  drop: { label: 'Drop the next request', path: 'faults', body: { type: 'drop', method: '*' } },
  delay: {
    label: 'Delay the next request by 5 s',
    path: 'faults',
    body: { type: 'delay', method: '*', ms: 5000 },
  },
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON safe to embed inside <script> (no "</script>", no U+2028 surprises). */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export function renderParentPage(opts: { portalId: string; appUrl: string }): string {
  const config = { portal: opts.portalId, appUrl: opts.appUrl, presets: FAULT_PRESETS };
  const option = (value: string, label: string) =>
    `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bitrix24 · local portal (${escapeHtml(opts.portalId)})</title>
<style>
  :root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #333; }
  * { box-sizing: border-box; }
  body { margin: 0; background: #eef2f4; }
  .topbar { display: flex; align-items: center; gap: 20px; padding: 0 20px; height: 56px;
    background: #2fc6f6; background: linear-gradient(90deg, #0b66c3, #2fc6f6); color: #fff; }
  .logo { font-weight: 700; font-size: 20px; white-space: nowrap; }
  .logo span { color: #9fe4ff; }
  .logo small { font-weight: 400; font-size: 12px; opacity: .85; margin-left: 8px; }
  .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; padding: 8px 20px;
    background: #fff; border-bottom: 1px solid #dfe3e6; font-size: 13px; }
  .toolbar label { display: inline-flex; align-items: center; gap: 6px; color: #525c69; }
  .toolbar select, .toolbar button, .toolbar input:not([type]) { font: inherit; height: 30px; border: 1px solid #c6cdd3;
    border-radius: 4px; background: #fff; padding: 0 8px; color: #333; }
  .toolbar button { cursor: pointer; background: #f5f7f8; }
  .toolbar button.primary { background: #0075ff; border-color: #0075ff; color: #fff; }
  .toolbar .sep { width: 1px; height: 24px; background: #dfe3e6; }
  main { padding: 16px 20px; }
  #pagetitle { margin: 0 0 12px; font-size: 24px; font-weight: 400; color: #333; }
  .card { background: #fff; border-radius: 12px; overflow: hidden; box-shadow: 0 1px 2px rgba(0,0,0,.06); }
  #app-frame { display: block; width: 100%; height: 600px; border: 0; }
  .status { margin-top: 8px; font-size: 12px; color: #828b95; }
</style>
</head>
<body>
<header class="topbar">
  <div class="logo">Bitrix<span>24</span><small>local portal · <b id="portal-id">${escapeHtml(opts.portalId)}</b></small></div>
</header>
<form class="toolbar" id="toolbar" aria-label="Portal settings">
  <label>User <select id="opt-user">${option('admin', 'CRM administrator')}${option('user', 'Ordinary user')}</select></label>
  <label>Language <select id="opt-lang">${option('en', 'English')}${option('ru', 'Русский')}${option('de', 'Deutsch')}</select></label>
  <label>CRM mode <select id="opt-mode">${option('classic', 'Classic (with leads)')}${option('simple', 'Simple (no leads)')}</select></label>
  <label>Placement <select id="opt-placement">${PLACEMENTS.map((p) => option(p, p)).join('')}</select></label>
  <label>Page URI <input id="opt-uri" size="28" placeholder="/crm/deal/kanban/category/1/"></label>
  <label><input type="checkbox" id="opt-install"> Install mode</label>
  <span class="sep"></span>
  <label>Inject fault <select id="opt-fault">${option('', '—')}${Object.entries(FAULT_PRESETS)
    .map(([k, v]) => option(k, v.label))
    .join('')}</select></label>
  <button type="button" id="btn-fault">Inject</button>
  <span class="sep"></span>
  <button type="button" id="btn-reload" class="primary">Reload app</button>
</form>
<main>
  <h1 id="pagetitle">Application</h1>
  <div class="card" id="frame-host"></div>
  <div class="status" id="status"></div>
</main>
<form id="app-loader" method="POST" hidden></form>
<script>
(() => {
  'use strict';
  const CONFIG = ${scriptJson(config)};
  const portal = CONFIG.portal;
  const appUrl = new URL(CONFIG.appUrl, location.href);
  const appOrigin = appUrl.origin;
  const https = location.protocol === 'https:';
  const APP_SID = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  // The SDK reads DOMAIN|PROTOCOL|APP_SID from window.name; DOMAIN must equal location.host.
  // The name must be set BEFORE the iframe enters the document: Chromium does not pass a later
  // name change on to the frame's window.name.
  const frame = document.createElement('iframe');
  frame.id = 'app-frame';
  frame.title = 'Application';
  frame.name = location.host + '|' + (https ? 1 : 0) + '|' + APP_SID;
  document.getElementById('frame-host').append(frame);
  window.__frameLog = [];
  let ctx = null;

  const $ = (id) => document.getElementById(id);
  const post = async (path, body) => {
    const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) });
    return r.json();
  };
  const portalApi = (action, body) => post('/__portal/' + encodeURIComponent(portal) + '/' + action, body);
  const control = (action, body) => post('/__emulator/' + encodeURIComponent(portal) + '/' + action, body);

  function showSettings(s) {
    $('opt-user').value = s.admin ? 'admin' : 'user';
    $('opt-lang').value = s.lang;
    $('opt-mode').value = s.crmMode;
    if (![...$('opt-placement').options].some((o) => o.value === s.placement)) {
      $('opt-placement').append(new Option(s.placement, s.placement));
    }
    $('opt-placement').value = s.placement;
    $('opt-uri').value = (s.placementOptions && s.placementOptions.URI) || '';
    $('opt-install').checked = s.install;
    $('status').textContent = 'App: ' + appUrl.href + ' · REST: ' + location.origin + '/rest/ · webhook: ' +
      location.origin + '/rest/1/secret-' + portal + '/';
  }

  // Load the app like the real portal: a POST with DOMAIN/PROTOCOL/LANG/APP_SID in the query and
  // the auth data in the body (settings/oauth/simple-way.md). The SDK ignores both; other code may not.
  async function loadApp() {
    ctx = await portalApi('session');
    showSettings(ctx.settings);
    const action = new URL(appUrl.href);
    action.searchParams.set('DOMAIN', location.host);
    action.searchParams.set('PROTOCOL', https ? '1' : '0');
    action.searchParams.set('LANG', ctx.settings.lang);
    action.searchParams.set('APP_SID', APP_SID);
    // One persistent form: Chromium drops a submission whose form leaves the document at once.
    const form = $('app-loader');
    form.replaceChildren();
    form.action = action.href;
    form.target = frame.name;
    const fields = {
      AUTH_ID: ctx.AUTH_ID, AUTH_EXPIRES: String(ctx.AUTH_EXPIRES), REFRESH_ID: ctx.REFRESH_ID,
      member_id: ctx.MEMBER_ID, status: 'L', PLACEMENT: ctx.settings.placement,
      PLACEMENT_OPTIONS: typeof ctx.settings.placementOptions === 'string' ? ctx.settings.placementOptions : JSON.stringify(ctx.settings.placementOptions),
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

  function reply(cb, value) {
    if (!cb || !frame.contentWindow) return;
    frame.contentWindow.postMessage(cb + ':' + (value === undefined ? '' : JSON.stringify(value)), appOrigin);
  }

  function parse(data) {
    if (typeof data === 'string') {
      const parts = data.split(':');
      if (parts.length < 3) return null;
      const raw = parts.slice(1, -2).join(':');
      let params = raw;
      if (raw) { try { params = JSON.parse(raw); } catch { params = raw; } } else params = {};
      return { method: parts[0], params, cb: parts[parts.length - 2], appSid: parts[parts.length - 1] };
    }
    if (data && typeof data === 'object' && typeof data.method === 'string') {
      return { method: data.method, params: data.params || {}, cb: data.callback, appSid: data.appSid };
    }
    return null;
  }

  const handlers = {
    getInitData() {
      const s = ctx.settings;
      return {
        LANG: s.lang, DOMAIN: location.host, PROTOCOL: https ? 1 : 0, PATH: '/rest/',
        AUTH_ID: ctx.AUTH_ID, AUTH_EXPIRES: ctx.AUTH_EXPIRES, REFRESH_ID: ctx.REFRESH_ID,
        MEMBER_ID: ctx.MEMBER_ID, IS_ADMIN: s.admin, PLACEMENT: s.placement,
        PLACEMENT_OPTIONS: s.placementOptions ?? {}, APP_OPTIONS: ctx.appOptions || {},
        USER_OPTIONS: ctx.userOptions || {}, INSTALL: s.install, FIRST_RUN: s.firstRun,
      };
    },
    setInstall: (p) => p,
    async setInstallFinish() {
      // The real portal never replies: it saves, then reloads the app without install mode.
      await portalApi('install-finish');
      await loadApp();
      return undefined;
    },
    async refreshAuth() {
      const r = await portalApi('refresh');
      if (r.ignore) return NO_REPLY;
      Object.assign(ctx, r);
      return { AUTH_ID: r.AUTH_ID, AUTH_EXPIRES: r.AUTH_EXPIRES, REFRESH_ID: r.REFRESH_ID };
    },
    resizeWindow(p) {
      const h = parseFloat(p.height);
      if (Number.isFinite(h) && h > 0) frame.style.height = h + 'px';
      return { width: p.width, height: p.height };
    },
    setTitle(p) {
      $('pagetitle').textContent = String(p.title ?? '');
      return p;
    },
    async setAppOption(p) {
      const r = await portalApi('app-option', p);
      if (!r.saved) return NO_REPLY;
      ctx.appOptions = { ...ctx.appOptions, [p.name]: p.value };
      return p;
    },
    async setUserOption(p) {
      await portalApi('user-option', p);
      ctx.userOptions = { ...ctx.userOptions, [p.name]: p.value };
      return p;
    },
    getInterface: () => ({ command: [], event: [] }),
    async reloadWindow() { await loadApp(); return NO_REPLY; },
    setScroll: (p) => p,
  };
  const NO_REPLY = Symbol('no reply');

  window.addEventListener('message', async (event) => {
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
    const msg = parse(event.data);
    if (!msg || msg.appSid !== APP_SID) return;
    window.__frameLog.push({ command: msg.method, params: msg.params });
    const handler = handlers[msg.method];
    if (!handler) return; // commands the emulator does not model get no reply (see README)
    const result = await handler(msg.params || {});
    if (result === NO_REPLY || (msg.method === 'setInstallFinish')) return;
    reply(msg.cb, result);
  });

  async function changeSettings(patch) {
    await control('settings', patch);
    await loadApp();
  }
  $('opt-user').addEventListener('change', (e) => changeSettings({ admin: e.target.value === 'admin' }));
  $('opt-lang').addEventListener('change', (e) => changeSettings({ lang: e.target.value }));
  $('opt-mode').addEventListener('change', (e) => changeSettings({ crmMode: e.target.value }));
  // A pipeline-settings page passes its own address as PLACEMENT_OPTIONS.URI.
  const placementOptions = () => ($('opt-uri').value.trim() ? { URI: $('opt-uri').value.trim() } : {});
  $('opt-placement').addEventListener('change', (e) => changeSettings({ placement: e.target.value, placementOptions: placementOptions() }));
  $('opt-uri').addEventListener('change', () => changeSettings({ placementOptions: placementOptions() }));
  $('opt-install').addEventListener('change', (e) => changeSettings({ install: e.target.checked }));
  $('btn-reload').addEventListener('click', () => loadApp());
  $('btn-fault').addEventListener('click', async () => {
    const preset = CONFIG.presets[$('opt-fault').value];
    if (!preset) return;
    await control(preset.path, preset.body);
    $('status').textContent = 'Injected: ' + preset.label;
  });

  loadApp();
})();
</script>
</body>
</html>
`;
}
