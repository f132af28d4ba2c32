import { AjaxError, SdkError } from '@bitrix24/b24jssdk';
import { PortalError, refusalError } from './portal-error';

/**
 * The portal's own answer behind an SDK error. SDK 2.2.0 does not recognise an empty error code
 * (`{"error":"","error_description":"Access denied."}`, how crm.status.* refuses) and throws
 * `ERR_BAD_REQUEST` / `Request failed with status code 400`; the answer survives only in the
 * non-enumerable `originalError.response.data` (docs/sdk.md §3, pinned in sdk-behaviour.test.ts).
 */
function rawAnswer(error: SdkError): { code: string | null; description: string | null } {
  const data = (error.originalError as { response?: { data?: unknown } } | undefined)?.response
    ?.data;
  if (data === null || typeof data !== 'object') return { code: null, description: null };
  const { error: code, error_description: description } = data as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : null,
    description: typeof description === 'string' ? description : null,
  };
}

/** Turns anything the SDK throws into a PortalError, keeping the portal's own words. */
export function toPortalError(error: unknown, method: string): PortalError {
  if (error instanceof PortalError) return error;
  if (error instanceof SdkError) {
    const raw = rawAnswer(error);
    return refusalError({
      code: raw.code ?? error.code,
      status: error.status,
      description: raw.description ?? (error instanceof AjaxError ? error.message : ''),
      method,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new PortalError('network', 'NETWORK_ERROR', message, method);
}
