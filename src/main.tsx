import { createRoot } from 'react-dom/client';
import { BootFailed, Connecting, FrameRefused } from './app/boot-screens';
import { allowConnectionsOnlyTo, portalOrigin } from './app/frame-origin';
import { OutsideBitrix24 } from './app/outside';
import { I18nProvider } from './i18n/i18n-context';
import { langFrom, loadCatalogue, translator } from './i18n/messages';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);

// Before the handshake only the query string knows the portal's language (the portal puts LANG
// there when it opens the app).
const lang = langFrom(new URLSearchParams(window.location.search).get('LANG'));
document.documentElement.lang = lang;
const catalogue = loadCatalogue(lang);
// The boot screens wait for the query string's catalogue, which can arrive after the SDK and the
// app (they load in parallel): a late "Connecting" must not replace the app once it is shown.
let appShown = false;
const render = (node: React.ReactNode) =>
  void catalogue.then(() => {
    if (appShown) return;
    document.title = translator(lang)('appTitle');
    root.render(<I18nProvider lang={lang}>{node}</I18nProvider>);
  });

const webhook = import.meta.env.DEV
  ? (import.meta.env['VITE_B24_WEBHOOK'] as string | undefined)
  : undefined;
// Inside Bitrix24 the portal names the frame `DOMAIN|PROTOCOL|APP_SID`; that name is all the SDK
// reads (docs/sdk.md §1), so it is checked, and connections are narrowed to that one portal,
// before the SDK is even loaded.
const framed = window.parent !== window && window.name.split('|').length >= 3;
const portalAt = framed && !webhook ? portalOrigin(window.name) : undefined;

if (!framed && !webhook) {
  render(<OutsideBitrix24 />);
} else if (portalAt === null) {
  render(<FrameRefused />);
} else {
  if (portalAt) allowConnectionsOnlyTo(portalAt, import.meta.env.DEV);
  render(<Connecting />);
  // The SDK (about 70 KB gzipped) loads while the connecting screen is already on screen.
  const connect = webhook
    ? import('./b24/webhook').then((m) => m.connectWebhook(webhook))
    : import('./b24/connect').then((m) => m.connectFrame());
  void Promise.all([connect, import('./app/app')])
    .then(async ([portal, { App, prepareApp }]) => {
      const portalLang = langFrom(portal.lang);
      await loadCatalogue(portalLang);
      const unsaved = prepareApp(portal);
      document.documentElement.lang = portalLang;
      document.title = translator(portalLang)('appTitle');
      appShown = true;
      root.render(<App portal={portal} unsaved={unsaved} />);
    })
    .catch((error: unknown) => render(<BootFailed error={error} />));
}
