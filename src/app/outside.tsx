import { useT } from '../i18n/i18n-context';

/** Opened outside Bitrix24 (no frame name): explain instead of showing a blank page. */
export function OutsideBitrix24() {
  const t = useT();
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-4 p-6">
      <h1 className="text-2xl font-semibold">{t('outsideTitle')}</h1>
      <p>{t('outsideIntro')}</p>
      <p>{t('outsideInstall')}</p>
      <p className="text-muted">{t('outsideDev')}</p>
    </main>
  );
}
