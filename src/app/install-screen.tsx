import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { InstallFailure, InstallReport } from '../b24/portal';
import { errorMessage } from '../board/error-message';
import type { PlacementSkip } from '../domain/placement';
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

function failureText(t: Translate, failure: InstallFailure): string {
  // `true` was answered but the read-back lists no such button: the portal's words are `true`.
  return failure.error.kind === 'not-saved' ? t('installNotBound') : errorMessage(t, failure.error);
}

function skipText(t: Translate, skip: PlacementSkip): string {
  const placement = placementName(t, skip.placement);
  return skip.reason === 'stages-disabled'
    ? t('installSkipStagesDisabled', { placement })
    : t('installSkipNotOffered', { placement });
}

/** What the install did: the buttons added, and those left out with the reason. */
function Report({ report, lang }: { report: InstallReport; lang: Lang }) {
  const { t } = useI18n();
  const names = report.bound.map((code) => placementName(t, code));
  return (
    <>
      {names.length > 0 && (
        <p>{t('installBound', { placements: new Intl.ListFormat(lang).format(names) })}</p>
      )}
      {report.skipped.length > 0 && (
        <div>
          <p>{t('installSkippedTitle')}</p>
          <ul className="list-disc pl-5 text-sm">
            {report.skipped.map((skip) => (
              <li key={skip.placement}>{skipText(t, skip)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/**
 * Bitrix24 opens install.html (or the app with INSTALL=true) once when an admin installs or
 * reinstalls: bind the pipeline-settings buttons the portal offers, then installFinish(). Until
 * installFinish() the app counts as not installed and its buttons stay hidden, so only a real
 * failure holds it back, shown with what failed and a way to run the install again (which is
 * clean: it unbinds first). Buttons left out on purpose are shown and explained first: finishing
 * makes the portal reopen the app at once, so the admin finishes with a click.
 */
export function InstallScreen() {
  const { t, lang } = useI18n();
  const portal = usePortal();
  const [finishing, setFinishing] = useState(false);
  const finish = () => {
    setFinishing(true);
    portal.finishInstall();
  };
  const install = useMutation({
    mutationFn: async () => {
      // LANG_ALL carries the button's title in every language the app speaks.
      const all = await Promise.all(LANGS.map(loadCatalogue));
      const catalogues = Object.fromEntries(LANGS.map((l, i) => [l, all[i]])) as Record<
        Lang,
        Messages
      >;
      return portal.installPlacements(installRequest(window.location.href, lang, catalogues));
    },
    onSuccess: (report) => {
      if (report.failures.length === 0 && report.skipped.length === 0) finish();
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

  const report = install.data;
  const failures = report?.failures ?? [];
  const failed = install.isError || failures.length > 0;
  const waiting = report !== undefined && !failed && !finishing;
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
      {finishing && <p role="status">{t('installDone')}</p>}
      {waiting && <p role="status">{t('installDoneSkipped')}</p>}
      {report && <Report report={report} lang={lang} />}
      {waiting && (
        <div>
          <Button variant="primary" onClick={finish}>
            {t('installFinish')}
          </Button>
        </div>
      )}
      {failed && (
        <div role="alert" className="flex flex-col gap-2 rounded-card bg-alert-surface p-3">
          <p>{t('installFailed', { count: Math.max(1, failures.length) })}</p>
          <ul className="list-disc pl-5 text-sm">
            {install.isError && <li>{errorMessage(t, install.error)}</li>}
            {failures.map((f, i) => (
              <li key={`${f.method}-${f.placement}-${i}`}>
                <strong className="font-semibold">{stepName(t, f)}</strong>: {failureText(t, f)}
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
