// The portal's parent page: HTML, styles and the toolbar. Its script is the typed module
// emulator/page/parent.ts (frame protocol, docs/sdk.md §1), served transpiled by assets.ts; the
// page config travels in a JSON script element.
import { PAGE_SCRIPT_PATH } from './assets';
import type { FaultPreset } from './page/types';

/** Toolbar fault presets; each maps to a control-API call made by the page script (toolbar.ts). */
export const FAULT_PRESETS: Record<string, FaultPreset> = {
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
  'not-saved': {
    label: 'Next stage write is accepted but not saved',
    path: 'faults',
    body: {
      type: 'notSaved',
      method: ['crm.status.add', 'crm.status.update', 'crm.status.delete'],
    },
  },
  'refused-empty': {
    label: 'Next stage write is refused with an empty code',
    path: 'faults',
    body: {
      type: 'refusedEmptyCode',
      method: ['crm.status.add', 'crm.status.update', 'crm.status.delete'],
      description: 'The portal refused this change.',
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
  <label>User <select id="opt-user">${option('portal-admin', 'Portal administrator')}${option('crm-admin', 'CRM administrator (not portal admin)')}${option('ordinary', 'Ordinary user')}${option('no-item-rights', 'User without item rights')}</select></label>
  <label>Answers <select id="opt-answers">${option('server', 'As the server answers')}${option('docs', 'As the REST docs show')}</select></label>
  <label><input type="checkbox" id="opt-invoices"> Smart invoices</label>
  <label><input type="checkbox" id="opt-disabled-sp"> Smart process with disabled stages</label>
  <label>Language <select id="opt-lang">${option('en', 'English')}${option('ru', 'Русский')}${option('de', 'Deutsch')}</select></label>
  <label>CRM mode <select id="opt-mode">${option('classic', 'Classic (with leads)')}${option('simple', 'Simple (no leads)')}</select></label>
  <label>Placement <select id="opt-placement">${option('DEFAULT', 'DEFAULT')}</select></label>
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
<script type="application/json" id="portal-config">${scriptJson(config)}</script>
<script type="module" src="${PAGE_SCRIPT_PATH}"></script>
</body>
</html>
`;
}
