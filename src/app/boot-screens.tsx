import { errorMessage } from '../board/error-message';
import { useT } from '../i18n/i18n-context';
import { Button } from '../ui/button';
import { Centered } from '../ui/centered';

export function Connecting() {
  const t = useT();
  return (
    <Centered>
      <div
        aria-hidden="true"
        className="size-8 animate-spin rounded-full border-4 border-line border-t-primary"
      />
      <p role="status">{t('connecting')}</p>
    </Centered>
  );
}

export function BootFailed({ error }: { error: unknown }) {
  const t = useT();
  return (
    <Centered>
      <p role="alert">{errorMessage(t, error)}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t('reload')}
      </Button>
    </Centered>
  );
}

/** The frame's portal address failed the host check (frame-origin.ts): the SDK never starts. */
export function FrameRefused() {
  const t = useT();
  return (
    <Centered>
      <p role="alert">{t('frameRefused')}</p>
    </Centered>
  );
}
