// Runs one REST method for an authenticated caller: lookup, the admin check for writes, the handler.
import { Errors } from './errors';
import { findMethod, type RestContext, type RestResult } from './rest';
import type { JsonObject } from './types';

export function invoke(method: string, params: JsonObject, ctx: RestContext): RestResult {
  const def = findMethod(method);
  if (!def) throw Errors.methodNotFound();
  // crm.status.add/update/delete are documented for "user with CRM administrator rights" and
  // answer `Access denied.` otherwise; we apply the same rule to every write we model.
  if (def.write && !ctx.caller.admin) throw Errors.accessDenied();
  return def.handler(params, ctx);
}

/** `auth` is a credential: never keep it in the journal (nor anywhere a test can print it). */
export function withoutAuth(params: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'auth'));
}
