// entity.* (the app's storage) as the server answers it: docs/server-behaviour.md §4, server
// source rest/classes/general/restentity.php. Checks run in the server's order: parameters
// (checkParams: keys uppercased, ENTITY stripped to [A-Za-z0-9_]), then the app context and the
// code length (getEntityIBlockCode), then whether the caller sees the storage (iblock read right:
// ERROR_ENTITY_NOT_FOUND otherwise), then the right the method needs (403 ACCESS_DENIED).
// Where the docs differ: they imply portal admins may do everything; on a cloud portal only
// explicit grants count (G1 = portal admins, AU = all users).
import {
  ENTITY_CODE_MAX,
  IBLOCK_TYPE_ID,
  accessLevel,
  cleanRights,
  type StorageEntity,
} from '../app-storage';
import { RestError } from '../errors';
import type { Portal } from '../state';
import type { Caller, Json, JsonObject } from '../types';
import { asString, type Handler, type MethodDef, type RestContext } from './context';

/** A RestException of the rest module with an `argument` (rest/lib/Exceptions/ArgumentException.php). */
export const argumentError = (description: string, argument: string) =>
  new RestError(400, 'ERROR_ARGUMENT', description, { argument });

export const nullArgument = (name: string) =>
  argumentError(`Argument '${name}' is null or empty`, name);
export const accessDenied = (more = '') =>
  new RestError(403, 'ACCESS_DENIED', `Access denied!${more ? ` ${more}` : ''}`);
export const entityNotFound = () =>
  new RestError(400, 'ERROR_ENTITY_NOT_FOUND', 'Entity not found');

const strip = (value: Json | undefined) =>
  asString(value)
    .trim()
    .replace(/[^A-Za-z0-9_]/g, '');

/** checkParams(): UPPER keys, ENTITY required and stripped. */
export function checkParams(params: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(params)) out[k.toUpperCase()] = v;
  const entity = strip(out['ENTITY']);
  if (entity === '') throw nullArgument('ENTITY');
  out['ENTITY'] = entity;
  if (out['ENTITY_NEW'] !== undefined) out['ENTITY_NEW'] = strip(out['ENTITY_NEW']);
  if (out['PROPERTY'] !== undefined) out['PROPERTY'] = strip(out['PROPERTY']);
  if (out['PROPERTY_NEW'] !== undefined) out['PROPERTY_NEW'] = strip(out['PROPERTY_NEW']);
  return out;
}

/** getEntityIBlockCode(): app context only; APP_<client_id>_<ENTITY> at most 50 characters. */
export function checkCode(entity: string, caller: Caller): void {
  if (caller.via !== 'oauth') throw accessDenied('Application context required');
  if (entity.length > ENTITY_CODE_MAX) {
    throw argumentError(
      `Entity code is too long. Max length is ${ENTITY_CODE_MAX} characters.`,
      '',
    );
  }
}

/** The storage as the caller sees it: one without a read right does not exist for them. */
export function visibleEntity(
  portal: Portal,
  caller: Caller,
  entity: string,
): StorageEntity | null {
  const found = portal.appStorage.entities.find((e) => e.entity === entity);
  return found && accessLevel(found, caller) >= 1 ? found : null;
}

/** The storage for a method that needs `level` (2 = W for items, 3 = X for the storage). */
export function entityFor(ctx: RestContext, entity: string, level: number): StorageEntity {
  checkCode(entity, ctx.caller);
  const found = visibleEntity(ctx.portal, ctx.caller, entity);
  if (!found) throw entityNotFound();
  if (accessLevel(found, ctx.caller) < level) throw accessDenied();
  return found;
}

/** The portal's answer when the app may not use its storage (setting `appStorage`). */
export function guarded(handler: Handler): MethodDef {
  return {
    handler: (params, ctx) => {
      const mode = ctx.portal.settings.appStorage;
      if (mode === 'no-scope') {
        throw new RestError(
          401,
          'insufficient_scope',
          'The request requires higher privileges than provided by the access token.',
        );
      }
      if (mode === 'no-rights') throw accessDenied();
      return handler(params, ctx);
    },
  };
}

function rightsView(e: StorageEntity): JsonObject {
  return { ...e.rights };
}

export const entityMethods: Record<string, MethodDef> = {
  'entity.add': guarded((raw, { portal, caller }) => {
    const p = checkParams(raw);
    const entity = String(p['ENTITY']);
    checkCode(entity, caller);
    if (portal.appStorage.entities.some((e) => e.entity === entity)) {
      throw new RestError(400, 'ERROR_ENTITY_ALREADY_EXISTS', 'Entity already exists');
    }
    const name = asString(p['NAME']).trim();
    if (name === '') throw new RestError(400, 'ERROR_CORE', 'Enter the information block name.');
    // The caller always gets X, whatever ACCESS says.
    const rights = { ...cleanRights(p['ACCESS']), [`U${caller.userId}`]: 'X' as const };
    const id = portal.appStorage.nextEntityId++;
    portal.appStorage.entities.push({ id, entity, name, rights, properties: [] });
    portal.onChange();
    return { result: true };
  }),

  'entity.get': guarded((raw, { portal, caller }) => {
    const upper = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toUpperCase(), v]));
    const view = (e: StorageEntity) => ({
      ID: String(e.id),
      IBLOCK_TYPE_ID,
      ENTITY: e.entity,
      NAME: e.name,
    });
    if (upper['ENTITY'] === undefined) {
      const mine = portal.appStorage.entities.filter((e) => accessLevel(e, caller) >= 1);
      if (mine.length > 0 && caller.via !== 'oauth') {
        throw accessDenied('Application context required');
      }
      return { result: mine.map(view) };
    }
    const entity = String(checkParams(raw)['ENTITY']);
    checkCode(entity, caller);
    const found = visibleEntity(portal, caller, entity);
    if (!found) throw entityNotFound();
    return { result: view(found) };
  }),

  'entity.update': guarded((raw, ctx) => {
    const p = checkParams(raw);
    const e = entityFor(ctx, String(p['ENTITY']), 3);
    if (p['NAME'] !== undefined) e.name = asString(p['NAME']).trim();
    const next = p['ENTITY_NEW'];
    if (typeof next === 'string' && next !== e.entity) {
      if (ctx.portal.appStorage.entities.some((x) => x.entity === next)) {
        throw new RestError(400, 'ERROR_ENTITY_ALREADY_EXISTS', 'Entity already exists');
      }
      checkCode(next, ctx.caller);
      for (const item of ctx.portal.appStorage.items)
        if (item.entity === e.entity) item.entity = next;
      e.entity = next;
    }
    const access = cleanRights(p['ACCESS']);
    if (Object.keys(access).length > 0) e.rights = { ...access, [`U${ctx.caller.userId}`]: 'X' };
    ctx.portal.onChange();
    return { result: true };
  }),

  'entity.delete': guarded((raw, ctx) => {
    const p = checkParams(raw);
    const e = entityFor(ctx, String(p['ENTITY']), 3);
    const store = ctx.portal.appStorage;
    store.entities = store.entities.filter((x) => x !== e);
    store.items = store.items.filter((i) => i.entity !== e.entity);
    ctx.portal.onChange();
    return { result: true };
  }),

  'entity.rights': guarded((raw, ctx) => {
    const p = checkParams(raw);
    const access = p['ACCESS'];
    const replacing =
      access !== null && typeof access === 'object' && Object.keys(access).length > 0;
    const e = entityFor(ctx, String(p['ENTITY']), replacing ? 3 : 1);
    if (replacing) {
      // Replaces every right; the caller keeps X.
      e.rights = { ...cleanRights(access), [`U${ctx.caller.userId}`]: 'X' };
      ctx.portal.onChange();
    }
    return { result: rightsView(e) };
  }),
};
