import { PortalError, type NotSavedReason, type PortalErrorKind } from '../b24/portal-error';
import type { MessageKey, Translate } from '../i18n/messages';

const MESSAGES: Record<PortalErrorKind, MessageKey> = {
  'access-denied': 'errorAccessDenied',
  'no-crm-access': 'errorNoCrmAccess',
  'admin-required': 'errorAdminRequired',
  'items-access-denied': 'errorItemsAccessDenied',
  'app-access-denied': 'errorAppAccessDenied',
  'insufficient-scope': 'errorInsufficientScope',
  'storage-denied': 'errorStorageDenied',
  'rest-unavailable': 'errorRestUnavailable',
  'session-expired': 'errorSessionExpired',
  'rate-limit': 'errorRateLimit',
  network: 'errorNetwork',
  'not-found': 'errorNotFound',
  'has-items': 'errorHasItems',
  conflict: 'errorConflict',
  'not-saved': 'errorNotSaved',
  refused: 'errorRefused',
  server: 'errorServer',
};

const NOT_SAVED: Record<NotSavedReason, MessageKey> = {
  'empty-name': 'errorNotSavedEmptyName',
  'name-too-long': 'errorNotSavedNameTooLong',
  'not-kept': 'errorNotSaved',
};

/** What happened and what to do, in the admin's language, quoting the portal where it helps. */
export function errorMessage(t: Translate, error: unknown): string {
  if (!(error instanceof PortalError))
    return t('errorServer', { description: t('errorUnknownDescription') });
  const description = error.description || error.code || t('errorUnknownDescription');
  const key =
    error.kind === 'not-saved' && error.reason ? NOT_SAVED[error.reason] : MESSAGES[error.kind];
  return t(key, { description });
}
