import type { Lang } from './messages';

/**
 * Messages of the features that load after the first board: the change journal, the analytics and
 * the stage-set dialogs. Each brings its catalogues, every language at once (a few KB), with its
 * own code and adds them here before anything of it renders, so the first board's download
 * carries none of them (issue 15: at most 190 KB gzipped). Their keys are still `MessageKey`s:
 * `useT()` translates them like any other.
 */
const added: Record<Lang, Record<string, string>> = { en: {}, ru: {}, de: {} };

export function addFeatureMessages(catalogues: Readonly<Record<Lang, Readonly<object>>>) {
  for (const lang of ['en', 'ru', 'de'] as const) Object.assign(added[lang], catalogues[lang]);
}

/** A feature's message in `lang`, in English when that language lacks it, else undefined. */
export const featureMessage = (lang: Lang, key: string): string | undefined =>
  added[lang][key] ?? added.en[key];
