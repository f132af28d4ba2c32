// REST errors in the exact shapes of crm-status-api.md. The crm.status.* pages document the *code*
// as an English sentence ("Status is not found.") with a human description; the add validation
// errors come with an EMPTY code (b24jssdk.md §3.5 / §6), which the SDK cannot read: that is the
// point of reproducing it, the app must cope.

export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
  ) {
    super(description);
  }

  toBody(): { error: string; error_description: string } {
    return { error: this.code, error_description: this.description };
  }
}

const e400 = (code: string, description: string) => () => new RestError(400, code, description);

/** Documented crm.status.* errors ("Possible Error Codes" tables; descriptions from the examples). */
export const Errors = {
  accessDenied: e400('Access denied.', 'No permission to perform the operation.'),
  invalidParameters: e400('Invalid parameters.', 'Invalid parameters were provided.'),
  invalidIdentifier: e400('Invalid identifier.', 'An invalid identifier was provided.'),
  statusNotFound: e400('Status is not found.', 'Directory item not found.'),
  entityTypeNotSupported: e400(
    'Specified entity type is not supported.',
    'An unsupported directory type was specified.',
  ),
  duplicateStatusId: e400('Duplicate STATUS_ID.', 'Such STATUS_ID already exists.'),
  forcedRequired: e400(
    'CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".',
    'A system element can only be deleted with the FORCED = "Y" parameter.',
  ),
  activeItems: e400(
    'There are active items in this status.',
    'There are related items, deletion is not possible.',
  ),
  entityIdInvalid: e400(
    'The parameter entityId is not defined or invalid.',
    'The identifier of the directory is not specified or is incorrect.',
  ),
  /** crm.status.add validation: documented with an empty code, the message only in the description. */
  required: (field: 'ENTITY_ID' | 'STATUS_ID') =>
    new RestError(400, '', `The field ${field} is required.`),
  /** crm.status.add without NAME ("The required field "Title" is not filled", add docs). */
  nameRequired: () => new RestError(400, '', 'The required field "Title" is not filled'),
  /** Documented for crm.status.add; we also use it for update (see zone rules in rest/status.ts). */
  intermediateAfterSuccess: () =>
    new RestError(400, '', 'Cannot create an intermediate stage after success'),

  // Portal-wide errors ("Statuses and System Error Codes" table on every page).
  noAuth: () => new RestError(401, 'NO_AUTH_FOUND', 'Wrong authorization data'),
  invalidToken: () => new RestError(401, 'invalid_token', 'The access token provided is invalid.'),
  expiredToken: () => new RestError(401, 'expired_token', 'The access token provided has expired.'),
  methodNotFound: () => new RestError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!'),
  queryLimit: () => new RestError(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests'),
  internal: () => new RestError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'),
  batchLength: () => new RestError(400, 'ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded'),
  batchMethodNotAllowed: () =>
    new RestError(405, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage'),
};
