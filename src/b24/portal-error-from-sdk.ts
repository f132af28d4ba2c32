import { AjaxError, SdkError } from '@bitrix24/b24jssdk';
import { PortalError, kindOf } from './portal-error';

/** Turns anything the SDK throws into a PortalError, keeping the portal's own words. */
export function toPortalError(error: unknown, method: string): PortalError {
  if (error instanceof PortalError) return error;
  if (error instanceof SdkError) {
    // crm.status.add validation answers `{"error":"", "error_description":...}`; the SDK does not
    // recognise an empty code and reports `Request failed with status code 400`, so the
    // description survives only in the raw axios response.
    const raw = (error.originalError as { response?: { data?: unknown } } | undefined)?.response
      ?.data as { error?: unknown; error_description?: unknown } | undefined;
    const rawCode = typeof raw?.error === 'string' ? raw.error : null;
    const rawDescription =
      typeof raw?.error_description === 'string' ? raw.error_description : null;
    const code = rawCode ?? error.code;
    const status = error.status;
    const description = rawDescription ?? (error instanceof AjaxError ? error.message : '');
    return new PortalError(kindOf(code, status, description), code, description, method);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new PortalError('network', 'NETWORK_ERROR', message, method);
}
