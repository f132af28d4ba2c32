import { en, type MessageKey, type Messages } from './en';
import { featureMessage } from './feature-messages';
import { formatMessage, type MessageValues } from './format';

export type { MessageKey, Messages };
export type Lang = 'en' | 'ru' | 'de';

export const LANGS: readonly Lang[] = ['en', 'ru', 'de'];

/**
 * English ships with the app (it is the fallback and the source of every key); Russian and German
 * load on demand, so an admin downloads only the language of their portal.
 */
const loaded: Partial<Record<Lang, Messages>> = { en };

export async function loadCatalogue(lang: Lang): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return ready;
  const catalogue = lang === 'ru' ? (await import('./ru')).ru : (await import('./de')).de;
  loaded[lang] = catalogue;
  return catalogue;
}

/** The portal's LANG picks the language; Ukrainian and Kazakh portals read Russian best. */
export function langFrom(portalLang: string | null | undefined): Lang {
  const code = (portalLang ?? '').toLowerCase();
  if (code === 'ru' || code === 'ua' || code === 'kz' || code === 'by') return 'ru';
  if (code === 'de') return 'de';
  return 'en';
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Translates with the catalogue of `lang` once loadCatalogue has brought it, English until then. */
export function translator(lang: Lang): Translate {
  const catalogue: Readonly<Record<string, string>> = loaded[lang] ?? en;
  return (key, values = {}) =>
    formatMessage(catalogue[key] ?? featureMessage(lang, key) ?? key, values, lang);
}
