import { de } from './de';
import { en, type MessageKey, type Messages } from './en';
import { formatMessage, type MessageValues } from './format';
import { ru } from './ru';

export type { MessageKey, Messages };
export type Lang = 'en' | 'ru' | 'de';

export const CATALOGUES: Readonly<Record<Lang, Messages>> = { en, ru, de };

/** The portal's LANG picks the language; Ukrainian and Kazakh portals read Russian best. */
export function langFrom(portalLang: string | null | undefined): Lang {
  const code = (portalLang ?? '').toLowerCase();
  if (code === 'ru' || code === 'ua' || code === 'kz' || code === 'by') return 'ru';
  if (code === 'de') return 'de';
  return 'en';
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function translator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang];
  return (key, values = {}) => formatMessage(catalogue[key], values, lang);
}
