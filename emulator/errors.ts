// REST errors. Each error is built in the shape the Bitrix24 server answers (the default) and may
// carry the shape the REST docs show instead (`withDocs`), picked per portal by the `answers`
// setting. The server's shapes (docs/server-behaviour.md §0, §10): `{error, error_description,
// argument?}`, no `time`; an exception without a status is HTTP 400 and its code may be "" (the SDK
// then loses the sentence, docs/sdk.md §3) - reproducing that is the point, the app must cope.
import type { AnswerMode, Json, JsonObject } from './types';

export class RestError extends Error {
  private docs?: RestError;
  /**
   * The text of an application exception the server raised while failing (crm.status.add's
   * STATUS_ID checks). The rest module reports ANY later error of the same PHP request - every
   * later failing command of a batch - as ERROR_CORE with this text (docs/server-behaviour.md §2).
   */
  appException?: string;

  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
    readonly extra: JsonObject = {},
  ) {
    super(description || code);
  }

  /** The same refusal as the REST docs word it. */
  withDocs(status: number, code: string, description: string): this {
    this.docs = new RestError(status, code, description, this.extra);
    return this;
  }

  /** The error as a portal in `mode` answers it. */
  in(mode: AnswerMode): RestError {
    return mode === 'docs' && this.docs ? this.docs : this;
  }

  /** The rest module's swap: the pending application exception replaces code and text. */
  asCoreError(text: string): RestError {
    return new RestError(this.status, 'ERROR_CORE', text, this.extra);
  }

  toBody(): JsonObject {
    return { error: this.code, error_description: this.description, ...this.extra };
  }
}

/** Builds the server's error and its docs wording in one go. */
export function restError(
  server: [status: number, code: string, description: string],
  docs?: [status: number, code: string, description: string],
  extra: { [key: string]: Json } = {},
): RestError {
  const error = new RestError(server[0], server[1], server[2], extra);
  return docs ? error.withDocs(...docs) : error;
}

const DOCS_ACCESS_DENIED = 'No permission to perform the operation.';

/** Errors of the REST layer itself (docs/server-behaviour.md §10). */
export const Errors = {
  noAuth: () => restError([401, 'NO_AUTH_FOUND', 'Wrong authorization data']),
  invalidToken: () => restError([401, 'invalid_token', 'The access token provided is invalid.']),
  expiredToken: () => restError([401, 'expired_token', 'The access token provided has expired.']),
  /** rest/lib/oauthexception.php: the default status is 401 and the text is empty; docs: 403. */
  insufficientScope: () =>
    restError(
      [401, 'insufficient_scope', ''],
      [
        403,
        'insufficient_scope',
        'The request requires higher privileges than provided by the access token',
      ],
    ),
  methodNotFound: () => restError([404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!']),
  queryLimit: () => restError([503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests']),
  internal: () => restError([500, 'INTERNAL_SERVER_ERROR', 'Internal server error']),
  /** Docs: the whole batch is refused with HTTP 400 (the server refuses commands 51+ one by one). */
  batchLength: () =>
    restError(
      [400, 'ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded'],
      [400, 'ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded'],
    ),
  batchMethodNotAllowed: () =>
    restError(
      [400, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage'],
      [405, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage'],
    ),

  // Access (docs/server-behaviour.md §9-§10): each family of methods refuses in its own way.
  /** Legacy crm.* (crm/classes/general/restservice.php): HTTP 400 with an empty code. */
  crmAccessDenied: () =>
    restError([400, '', 'Access denied.'], [400, 'Access denied.', DOCS_ACCESS_DENIED]),
  /** Engine controllers (crm.item.*, crm.category.*, crm.stagehistory.*). */
  engineAccessDenied: () => restError([400, 'ACCESS_DENIED', 'Access denied.']),
  /** The rest module (rest/lib/accessexception.php): 403, "Access denied!" plus a reason. */
  restAccessDenied: (reason = '') =>
    restError([403, 'ACCESS_DENIED', reason ? `Access denied! ${reason}` : 'Access denied!']),
  /** rest/lib/authtypeexception.php: a webhook calling an app-only method. */
  wrongAuthType: () =>
    restError([
      403,
      'WRONG_AUTH_TYPE',
      'Current authorization type is denied for this method Application context required',
    ]),
  /** rest/lib/Exceptions/ArgumentNullException.php (the quirk: the sentence becomes the name). */
  argumentNull: (argument: string) =>
    restError([400, 'ERROR_ARGUMENT', `Argument '${argument}' is null or empty`], undefined, {
      argument,
    }),
  /** rest/lib/Exceptions/ArgumentTypeException.php */
  argumentType: (argument: string, type: string) =>
    restError(
      [400, 'ERROR_ARGUMENT', `The value of an argument '${argument}' must be of type ${type}`],
      undefined,
      { argument },
    ),
};
