import type { InstallRequest, PlacementTitle } from '../b24/portal';
import { CATALOGUES, type Lang } from '../i18n/messages';

const titleIn = (lang: Lang): PlacementTitle => ({
  TITLE: CATALOGUES[lang].placementTitle,
  DESCRIPTION: CATALOGUES[lang].placementDescription,
});

/**
 * The handler is the index.html beside the page that runs the install (install.html, or
 * index.html itself in install mode), so the app works from whatever folder or host it is
 * uploaded to. Bitrix24 opens handlers with a POST, which static hosts answer only for a file
 * name, never for a bare folder, hence the explicit index.html.
 */
export function installRequest(pageUrl: string, lang: Lang): InstallRequest {
  const handler = new URL('index.html', pageUrl).href;
  const langs = Object.keys(CATALOGUES) as Lang[];
  return {
    handler,
    title: titleIn(lang),
    titles: Object.fromEntries(langs.map((l) => [l, titleIn(l)])),
  };
}
