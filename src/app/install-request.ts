import type { InstallRequest, PlacementTitle } from '../b24/portal';
import type { Lang, Messages } from '../i18n/messages';

const titleIn = (catalogue: Messages): PlacementTitle => ({
  TITLE: catalogue.placementTitle,
  DESCRIPTION: catalogue.placementDescription,
});

/**
 * The handler is the index.html beside the page that runs the install (install.html, or
 * index.html itself in install mode), so the app works from whatever folder or host it is
 * uploaded to. Bitrix24 opens handlers with a POST, which static hosts answer only for a file
 * name, never for a bare folder, hence the explicit index.html.
 */
export function installRequest(
  pageUrl: string,
  lang: Lang,
  catalogues: Readonly<Record<Lang, Messages>>,
): InstallRequest {
  const handler = new URL('index.html', pageUrl).href;
  return {
    handler,
    title: titleIn(catalogues[lang]),
    titles: Object.fromEntries(
      Object.entries(catalogues).map(([l, catalogue]) => [l, titleIn(catalogue)]),
    ),
  };
}
