/**
 * The one error type everything above src/b24 sees. `kind` decides what the admin is told (and in
 * which words); `description` keeps the portal's own message so it can be shown verbatim.
 */
export type PortalErrorKind =
  /** `Access denied.` from crm.status.*: the user is not a CRM administrator. */
  | 'access-denied'
  /** `user_access_error`: the portal's admin opened this app to some users only. */
  | 'app-access-denied'
  /** `insufficient_scope`: the app was installed without the `crm` scope. */
  | 'insufficient-scope'
  /** `ACCESS_DENIED` at the REST level: the portal's plan has no REST API. */
  | 'rest-unavailable'
  /** The token could not be renewed (`expired_token` after refresh, or the parent never answered). */
  | 'session-expired'
  /** `QUERY_LIMIT_EXCEEDED` / `OPERATION_TIME_LIMIT` after the SDK's own retries. */
  | 'rate-limit'
  /** No answer: the connection dropped or timed out. Whether a write landed is unknown. */
  | 'network'
  /** `Status is not found.`: someone deleted the stage meanwhile. */
  | 'not-found'
  /** Someone else changed the same field between our read and our write; theirs was kept. */
  | 'conflict'
  /** A 400 the portal explains (validation, zone rule, active items, FORCED...). */
  | 'refused'
  /** A 5xx or anything else. */
  | 'server';

const KINDS: Readonly<Record<PortalErrorKind, true>> = {
  'access-denied': true,
  'app-access-denied': true,
  'insufficient-scope': true,
  'rest-unavailable': true,
  'session-expired': true,
  'rate-limit': true,
  network: true,
  'not-found': true,
  conflict: true,
  refused: true,
  server: true,
};

/** For kinds read back from storage, which may come from another version of the app. */
export const isPortalErrorKind = (value: unknown): value is PortalErrorKind =>
  typeof value === 'string' && Object.hasOwn(KINDS, value);

export class PortalError extends Error {
  override readonly name = 'PortalError';

  constructor(
    readonly kind: PortalErrorKind,
    /** The portal's error code (`Status is not found.`, `QUERY_LIMIT_EXCEEDED`, or ''). */
    readonly code: string,
    /** The portal's human-readable description, already free of tokens. */
    readonly description: string,
    /** The REST method that failed. */
    readonly method: string,
  ) {
    super(description || code || kind);
  }
}

const CODE_KINDS: ReadonlyArray<[RegExp, PortalErrorKind]> = [
  [/^access denied\.?$/i, 'access-denied'],
  [/^user_access_error$/i, 'app-access-denied'],
  [/^insufficient_scope$/i, 'insufficient-scope'],
  [/^ACCESS_DENIED$/, 'rest-unavailable'],
  [/^(expired_token|invalid_token|NO_AUTH_FOUND)$/i, 'session-expired'],
  [/^(QUERY_LIMIT_EXCEEDED|OPERATION_TIME_LIMIT)$/, 'rate-limit'],
  [/^(INTERNAL_SERVER_ERROR|ERROR_UNEXPECTED_ANSWER|OVERLOAD_LIMIT)$/, 'server'],
  [/^(NETWORK_ERROR|REQUEST_TIMEOUT|ECONNABORTED|ERR_NETWORK|ETIMEDOUT)$/, 'network'],
  [/^status is not found\.?$/i, 'not-found'],
  [/^(ERROR_ENTITY_NOT_FOUND|NOT_FOUND)$/, 'not-found'],
];

/** Classifies a portal answer by its code, then by HTTP status. */
export function kindOf(code: string, status: number, description = ''): PortalErrorKind {
  for (const [pattern, kind] of CODE_KINDS) if (pattern.test(code)) return kind;
  // The SDK gives up on a parent that never answers refreshAuth with a generic code and this
  // message (b24jssdk.md §3.5): the session cannot be renewed without a reload.
  if (/refreshAuth/.test(description)) return 'session-expired';
  if (status === 401) return 'session-expired';
  if (status === 0) return 'network';
  if (status >= 400 && status < 500) return 'refused';
  return 'server';
}
