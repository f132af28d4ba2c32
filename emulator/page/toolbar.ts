// The parent page's toolbar: shows the portal's settings and changes them (the control API), so a
// person can try every set-up by hand. Browser code, served transpiled (assets.ts).
import type { FaultPreset, PageConfig, Session } from './types.js';

interface ToolbarDeps {
  config: PageConfig;
  appUrl: string;
  changeSettings: (patch: Record<string, unknown>) => Promise<void>;
  inject: (preset: FaultPreset) => Promise<unknown>;
  reload: () => Promise<void>;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const select = (id: string) => byId<HTMLSelectElement>(id);
const input = (id: string) => byId<HTMLInputElement>(id);

export function wireToolbar(deps: ToolbarDeps): { show: (session: Session) => void } {
  const { config } = deps;
  const change = (patch: Record<string, unknown>) => void deps.changeSettings(patch);
  const onChange = (id: string, patch: (el: HTMLInputElement & HTMLSelectElement) => object) =>
    byId(id).addEventListener('change', (e) =>
      change(patch(e.target as HTMLInputElement & HTMLSelectElement) as Record<string, unknown>),
    );

  onChange('opt-user', (el) => ({ user: el.value }));
  onChange('opt-answers', (el) => ({ answers: el.value }));
  onChange('opt-lang', (el) => ({ lang: el.value }));
  onChange('opt-mode', (el) => ({ crmMode: el.value }));
  onChange('opt-invoices', (el) => ({ smartInvoices: el.checked }));
  onChange('opt-disabled-sp', (el) => ({ disabledSmartProcess: el.checked }));
  // A pipeline-settings page passes its own address as PLACEMENT_OPTIONS.URI.
  const placementOptions = () => {
    const uri = input('opt-uri').value.trim();
    return uri ? { URI: uri } : {};
  };
  onChange('opt-placement', (el) => ({
    placement: el.value,
    placementOptions: placementOptions(),
  }));
  onChange('opt-uri', () => ({ placementOptions: placementOptions() }));
  onChange('opt-install', (el) => ({ install: el.checked }));
  byId('btn-reload').addEventListener('click', () => void deps.reload());
  byId('btn-fault').addEventListener('click', () => {
    const preset = config.presets[select('opt-fault').value];
    if (!preset) return;
    void deps.inject(preset).then(() => {
      byId('status').textContent = `Injected: ${preset.label}`;
    });
  });

  return {
    show: (session) => {
      const s = session.settings;
      select('opt-user').value = s.user;
      select('opt-answers').value = s.answers;
      select('opt-lang').value = s.lang;
      select('opt-mode').value = s.crmMode;
      input('opt-invoices').checked = s.smartInvoices;
      input('opt-disabled-sp').checked = s.disabledSmartProcess;
      const placement = select('opt-placement');
      const codes = [...new Set([...session.placements, s.placement])];
      placement.replaceChildren(...codes.map((code) => new Option(code, code)));
      placement.value = s.placement;
      const options = s.placementOptions;
      input('opt-uri').value = options && typeof options['URI'] === 'string' ? options['URI'] : '';
      input('opt-install').checked = s.install;
      const origin = location.origin;
      byId('status').textContent =
        `App: ${deps.appUrl} · REST: ${origin}/rest/ · webhook: ${origin}/rest/1/secret-${config.portal}/`;
    },
  };
}
