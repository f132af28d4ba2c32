/**
 * The one error type everything above src/b24 sees. `kind` decides what the admin is told (and in
 * which words); `description` keeps the portal's own sentence so it can be shown verbatim.
 */
export type PortalErrorKind =
  /** `Access denied.` on a crm.status write: the user may not change CRM settings. */
  | 'access-denied'
  /** `Access denied.` on a CRM read: the user cannot read any CRM item at all. */
  | 'no-crm-access'
  /** The rest module's 403 `ACCESS_DENIED` on placement.*: a portal administrator is needed. */
  | 'admin-required'
  /** `ACCESS_DENIED` from crm.item.*: the user has no rights on those CRM items. */
  | 'items-access-denied'
  /** `user_access_error`: the portal's admin opened this app to some users only. */
  | 'app-access-denied'
  /** `insufficient_scope`: the app was installed without a scope it needs (`crm`, `entity`). */
  | 'insufficient-scope'
  /** The rest module's `ACCESS_DENIED` on entity.*: no right on the app's storage (§4.2). */
  | 'storage-denied'
  /** `ACCESS_DENIED` at the REST level: the portal's plan has no REST API. */
  | 'rest-unavailable'
  /** The token could not be renewed (`expired_token` after refresh, or the parent never answered). */
  | 'session-expired'
  /** `QUERY_LIMIT_EXCEEDED` / `OPERATION_TIME_LIMIT` after the SDK's own retries. */
  | 'rate-limit'
  /** No answer: the connection dropped or timed out. Whether a write landed is unknown. */
  | 'network'
  /** The stage (or item) is gone: someone deleted it meanwhile. */
  | 'not-found'
  /** A delete refused because the stage still holds CRM items. */
  | 'has-items'
  /** Someone else changed the same field between our read and our write; theirs was kept. */
  | 'conflict'
  /** The portal answered success but does not hold what was sent (see `reason`). */
  | 'not-saved'
  /** A 400 the portal explains (validation, zone rule, FORCED...). */
  | 'refused'
  /** A 5xx or anything else. */
  | 'server';

/** Why a change the portal accepted is not what it now holds (docs/server-behaviour.md §1). */
export type NotSavedReason =
  /** crm.status.update keeps the old NAME when the new one is empty, blank or `0`. */
  | 'empty-name'
  /** A NAME over the column's 100 characters fails in the database, and `true` is answered. */
  | 'name-too-long'
  /** Anything else the portal changed or dropped (SORT ≤ 0 becomes 10, ...). */
  | 'not-kept';

const KINDS: Readonly<Record<PortalErrorKind, true>> = {
  'access-denied': true,
  'no-crm-access': true,
  'admin-required': true,
  'items-access-denied': true,
  'app-access-denied': true,
  'insufficient-scope': true,
  'storage-denied': true,
  'rest-unavailable': true,
  'session-expired': true,
  'rate-limit': true,
  network: true,
  'not-found': true,
  'has-items': true,
  conflict: true,
  'not-saved': true,
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
    /** The portal's error code (`ERROR_CORE`, `QUERY_LIMIT_EXCEEDED`, often ''). */
    readonly code: string,
    /** The portal's own sentence (or, for `conflict`/`not-saved`, what it holds now). */
    readonly description: string,
    /** The REST method that failed. */
    readonly method: string,
    /** Set for `not-saved` only. */
    readonly reason: NotSavedReason | null = null,
  ) {
    super(description || code || kind);
  }

  /** The same failure, re-classified after looking at the portal (the words stay the portal's). */
  as(kind: PortalErrorKind): PortalError {
    return new PortalError(kind, this.code, this.description, this.method, this.reason);
  }
}

/** What the portal said about one failed call, as far as it said anything. */
export interface Refusal {
  readonly code: string;
  /** HTTP status; a batch row carries none, so 400 stands in (docs/server-behaviour.md §2). */
  readonly status: number;
  readonly description: string;
  readonly method: string;
}

/**
 * The ERROR_CORE text of crm.status.add ends in a literal `<br>` (docs/server-behaviour.md §1).
 * The admin reads plain text, never HTML, so markup becomes line breaks and nothing else.
 */
export function plainText(description: string): string {
  return description
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .trim();
}

const isItemMethod = (method: string) =>
  /^crm\.(item|deal|lead|quote|stagehistory)\./i.test(method);
const isCrmWrite = (method: string) => /^crm\.status\.(add|update|delete)$/i.test(method);

/**
 * The same refusal comes with different codes from different portals (an empty code on the real
 * server, an English sentence as the code in the docs), so every rule looks at the code AND the
 * sentence, and at which method failed (docs/server-behaviour.md §0, §10). Sentences the server
 * localises (a smart-process stage that holds items) are not listed: the port looks the stage up.
 */
export function classify({ code, status, description, method }: Refusal): PortalErrorKind {
  const said = `${code}\n${description}`;
  if (/^access denied[.!]?$/im.test(said) || /^ACCESS_DENIED$/.test(code)) {
    if (/^placement\./i.test(method) || /^app\.option\.set$/i.test(method)) return 'admin-required';
    if (isItemMethod(method)) return 'items-access-denied';
    if (/^entity\./i.test(method)) return 'storage-denied';
    // The rest module's own ACCESS_DENIED elsewhere: the plan has no REST, or the app is blocked.
    if (/^ACCESS_DENIED$/.test(code)) return 'rest-unavailable';
    // crm.status.*'s `Access denied.`: a read refused means no CRM access at all (§1).
    if (/^crm\./i.test(method) && !isCrmWrite(method)) return 'no-crm-access';
    return 'access-denied';
  }
  if (/^user_access_error$/i.test(code)) return 'app-access-denied';
  if (/^insufficient_scope$/i.test(code)) return 'insufficient-scope';
  if (/^(expired_token|invalid_token|NO_AUTH_FOUND)$/i.test(code)) return 'session-expired';
  if (/^(QUERY_LIMIT_EXCEEDED|OPERATION_TIME_LIMIT)$/.test(code)) return 'rate-limit';
  if (/^(INTERNAL_SERVER_ERROR|ERROR_UNEXPECTED_ANSWER|OVERLOAD_LIMIT)$/.test(code))
    return 'server';
  if (/^(NETWORK_ERROR|REQUEST_TIMEOUT|ECONNABORTED|ERR_NETWORK|ETIMEDOUT)$/.test(code))
    return 'network';
  if (/^(crm )?status is not found\.?$/im.test(said)) return 'not-found';
  if (/^(ERROR_ENTITY_NOT_FOUND|NOT_FOUND)$/.test(code)) return 'not-found';
  if (/^there are active items in this status\.?$/im.test(said)) return 'has-items';
  // The SDK gives up on a parent that never answers refreshAuth with a generic code and this
  // message (docs/sdk.md §3): the session cannot be renewed without a reload.
  if (/refreshAuth/.test(description)) return 'session-expired';
  if (status === 401) return 'session-expired';
  if (status === 0) return 'network';
  if (status >= 400 && status < 500) return 'refused';
  return 'server';
}

/** A PortalError from what the portal said, its sentence cleaned for display. */
export function refusalError(refusal: Refusal): PortalError {
  const description = plainText(refusal.description);
  return new PortalError(classify(refusal), refusal.code, description, refusal.method);
}

/** Refusals whose fixed English sentence says all there is (docs/server-behaviour.md §1). */
const SELF_EXPLAINED = [/can be deleted only if parameter FORCED is specified/i];

/**
 * Kinds a look at the portal may still explain better: an empty code with a localised text, or
 * no answer at all. A sentence that already says why is left as it is.
 */
export const unexplained = (error: PortalError) =>
  (error.kind === 'refused' || error.kind === 'server') &&
  !SELF_EXPLAINED.some((p) => p.test(error.description) || p.test(error.code));
