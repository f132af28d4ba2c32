// Runs one REST method for an authenticated caller: lookup, scope, the rights checks every method
// of a family shares, then the handler (docs/server-behaviour.md §9-§10).
import { Errors, type RestError } from './errors';
import { findMethod, type RestContext, type RestResult } from './rest';
import type { MethodDef } from './rest/context';
import type { JsonObject } from './types';

/** Methods of the rest module's global scope: every app may call them. */
const GLOBAL = new Set([
  'batch',
  'scope',
  'methods',
  'method.get',
  'server.time',
  'app.info',
  'profile',
  'app.option.get',
  'app.option.set',
  'user.option.get',
  'user.option.set',
  'user.admin',
  'user.access',
]);

/** Scopes that also grant another one (RestManager::fillAlternativeScope): `user` covers the rest. */
const ALTERNATIVES: Record<string, string[]> = {
  user_brief: ['user', 'user_basic'],
  user_basic: ['user'],
};

export function scopeOf(method: string, def: MethodDef): string | null {
  if (def.scope !== undefined) return def.scope;
  const name = method.toLowerCase();
  if (GLOBAL.has(name)) return null;
  if (name.startsWith('user.')) return 'user_brief';
  return name.split('.')[0] ?? null;
}

function granted(scope: string, scopes: string[]): boolean {
  return scopes.includes(scope) || (ALTERNATIVES[scope] ?? []).some((s) => scopes.includes(s));
}

type Family = 'legacy-crm' | 'engine-crm' | 'rest';

/** Engine controllers (crm/lib/controller) answer differently from the legacy crm.* proxies. */
function familyOf(method: string): Family {
  const name = method.toLowerCase();
  if (/^crm\.(item|category|stagehistory|type)\./.test(name)) return 'engine-crm';
  return name.startsWith('crm.') ? 'legacy-crm' : 'rest';
}

function accessDenied(family: Family): RestError {
  if (family === 'legacy-crm') return Errors.crmAccessDenied();
  if (family === 'engine-crm') return Errors.engineAccessDenied();
  return Errors.restAccessDenied();
}

export function invoke(method: string, params: JsonObject, ctx: RestContext): RestResult {
  const def = findMethod(method);
  if (!def) throw Errors.methodNotFound();
  const { caller, portal } = ctx;
  const scope = scopeOf(method, def);
  // A webhook carries the scopes it was created with; ours are created with all of them.
  if (scope && caller.via === 'oauth' && !granted(scope, portal.settings.scopes)) {
    throw Errors.insufficientScope();
  }
  const family = familyOf(method);
  // Every crm.* call first needs read access to some CRM item (restservice.php
  // onRestServiceMethod; engine controllers check the type's read permission).
  if (family !== 'rest' && !caller.readsItems) throw accessDenied(family);
  if (def.appOnly && caller.via !== 'oauth') throw Errors.wrongAuthType();
  if (def.portalAdmin && !caller.admin) throw Errors.restAccessDenied();
  if (def.write && !caller.crmAdmin) throw accessDenied(family);
  return def.handler(params, ctx);
}

/** `auth` is a credential: never keep it in the journal (nor anywhere a test can print it). */
export function withoutAuth(params: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'auth'));
}
