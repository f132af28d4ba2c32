import { PortalError, type PortalErrorKind } from '../b24/portal-error';
import type { MessageKey, Translate } from '../i18n/messages';

const MESSAGES: Record<PortalErrorKind, MessageKey> = {
  'access-denied': 'errorAccessDenied',
  'app-access-denied': 'errorAppAccessDenied',
  'insufficient-scope': 'errorInsufficientScope',
  'rest-unavailable': 'errorRestUnavailable',
  'session-expired': 'errorSessionExpired',
  'rate-limit': 'errorRateLimit',
  network: 'errorNetwork',
  'not-found': 'errorNotFound',
  conflict: 'errorConflict',
  refused: 'errorRefused',
  server: 'errorServer',
};

/** What happened and what to do, in the admin's language, quoting the portal where it helps. */
export function errorMessage(t: Translate, error: unknown): string {
  if (!(error instanceof PortalError))
    return t('errorServer', { description: t('errorUnknownDescription') });
  const description = error.description || error.code || t('errorUnknownDescription');
  return t(MESSAGES[error.kind], { description });
}
