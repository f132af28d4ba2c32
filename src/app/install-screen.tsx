import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { InstallFailure } from '../b24/portal';
import { errorMessage } from '../board/error-message';
import { useI18n } from '../i18n/i18n-context';
import { LANGS, loadCatalogue, type Lang, type Messages, type Translate } from '../i18n/messages';
import { usePortal } from '../stages/portal-context';
import { Button } from '../ui/button';
import { installRequest } from './install-request';

function placementName(t: Translate, code: string): string {
  if (code === 'CRM_FUNNELS_TOOLBAR') return t('placementDeals');
  if (code === 'CRM_SMART_INVOICE_FUNNELS_TOOLBAR') return t('placementInvoices');
  const dynamic = /^CRM_DYNAMIC_(\d+)_FUNNELS_TOOLBAR$/.exec(code);
  return dynamic?.[1] ? t('placementDynamic', { id: dynamic[1] }) : code;
}

function stepName(t: Translate, failure: InstallFailure): string {
  const placement = placementName(t, failure.placement);
  if (failure.method === 'placement.bind') return t('installStepBind', { placement });
  if (failure.method === 'placement.unbind') return t('installStepUnbind', { placement });
  return t('installStepRead');
}

/**
 * Bitrix24 opens install.html (or the app with INSTALL=true) once when an admin installs or
 * reinstalls: bind the pipeline-settings buttons, then installFinish(). Until installFinish()
 * the app counts as not installed and its placements stay hidden, so a failure must be shown
 * with what failed and a way to run the install again (which is clean: it unbinds first).
 */
export function InstallScreen() {
  const { t, lang } = useI18n();
  const portal = usePortal();
  const install = useMutation({
    mutationFn: async () => {
      // LANG_ALL carries the button's title in every language the app speaks.
      const all = await Promise.all(LANGS.map(loadCatalogue));
      const catalogues = Object.fromEntries(LANGS.map((l, i) => [l, all[i]])) as Record<
        Lang,
        Messages
      >;
      const report = await portal.installPlacements(
        installRequest(window.location.href, lang, catalogues),
      );
      return report.failures;
    },
    onSuccess: (failures) => {
      if (failures.length === 0) portal.finishInstall();
    },
  });
  const started = useRef(false);
  const { mutate } = install;
  useEffect(() => {
    // StrictMode runs effects twice in development; the install must run once.
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);

  const failures = install.data ?? [];
  const failed = install.isError || failures.length > 0;
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 p-6">
      <h1 className="text-xl font-semibold">{t('installTitle')}</h1>
      {install.isPending && (
        <p role="status" className="flex items-center gap-3">
          <span
            aria-hidden="true"
            className="size-5 shrink-0 animate-spin rounded-full border-2 border-line border-t-primary"
          />
          {t('installRunning')}
        </p>
      )}
      {install.isSuccess && failures.length === 0 && <p role="status">{t('installDone')}</p>}
      {failed && (
        <div role="alert" className="flex flex-col gap-2 rounded-card bg-alert-surface p-3">
          <p>{t('installFailed', { count: Math.max(1, failures.length) })}</p>
          <ul className="list-disc pl-5 text-sm">
            {install.isError && <li>{errorMessage(t, install.error)}</li>}
            {failures.map((f, i) => (
              <li key={`${f.method}-${f.placement}-${i}`}>
                <strong className="font-semibold">{stepName(t, f)}</strong>:{' '}
                {errorMessage(t, f.error)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {failed && (
        <div>
          <Button variant="primary" onClick={() => install.mutate()}>
            {t('retry')}
          </Button>
        </div>
      )}
    </main>
  );
}
