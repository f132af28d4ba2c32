import { SdkError, type AjaxResult } from '@bitrix24/b24jssdk';
import { PortalError, kindOf } from './portal-error';

/** The portal runs at most 50 commands per batch; the SDK refuses more before sending. */
export const BATCH_LIMIT = 50;

export type Command = [method: string, params: Record<string, unknown>];

export type BatchResults = Record<string, AjaxResult<unknown> | undefined>;

/** The portal's refusal of one batch command, in its own words. */
export function commandError(result: AjaxResult<unknown>, method: string): PortalError {
  const answer = result as unknown as { getErrorMessages(): string[] };
  const [first] = result.getErrors();
  const code = first instanceof SdkError ? first.code : '';
  const description = answer.getErrorMessages().join(' ') || code;
  return new PortalError(kindOf(code, 400), code, description, method);
}
