// placement.list / bind / unbind / get, as rest/lib/api/placement.php answers them
// (docs/server-behaviour.md §3). Where the docs differ: unbind counts every deleted binding twice,
// get returns the binding's `id` too, a placement code the portal does not offer is refused.
import { Errors, restError } from '../errors';
import type { Portal } from '../state';
import type { Json, JsonObject, PlacementBinding } from '../types';
import { asString, type MethodDef, type RestContext } from './context';
import { allCodes, codesOf, placementsByScope } from './placement-codes';

/** The app's name: a binding's title when neither TITLE nor LANG_ALL is sent. */
export const APP_NAME = 'Stage editor';

const lastId = new WeakMap<Portal, number>();

/** Binding ids grow like the database's auto-increment: never reused after an unbind. */
function nextBindingId(portal: Portal): number {
  const used = portal.placements.reduce((max, p) => Math.max(max, p.id ?? 0), 0);
  const id = Math.max(lastId.get(portal) ?? 0, used) + 1;
  lastId.set(portal, id);
  return id;
}

/** PlacementHandler checkCallback: absolute, a host with a dot after its first character, http(s). */
function checkHandler(handler: string): void {
  let url: URL;
  try {
    url = new URL(handler);
  } catch {
    throw restError([400, 'ERROR_WRONG_HANDLER_URL', 'Wrong handler URL']);
  }
  if (!(url.hostname.indexOf('.') > 0)) {
    throw restError([400, 'ERROR_WRONG_HANDLER_URL', 'Wrong handler URL']);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw restError([400, 'ERROR_UNSUPPORTED_PROTOCOL', 'Unsupported handler protocol']);
  }
}

const upperKeys = (params: JsonObject): JsonObject =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toUpperCase(), v]));

function texts(params: JsonObject, lang: string): Record<string, JsonObject> {
  const langAll = params['LANG_ALL'];
  if (
    langAll &&
    typeof langAll === 'object' &&
    !Array.isArray(langAll) &&
    Object.keys(langAll).length
  ) {
    return Object.fromEntries(
      Object.entries(langAll).map(([code, item]) => {
        const o: JsonObject = item && typeof item === 'object' && !Array.isArray(item) ? item : {};
        const field = (k: string) => asString(o[k]).trim();
        return [
          code,
          {
            TITLE: field('TITLE'),
            DESCRIPTION: field('DESCRIPTION'),
            GROUP_NAME: field('GROUP_NAME'),
          },
        ];
      }),
    );
  }
  // Without LANG_ALL the texts are stored for the caller's interface language only.
  const own: JsonObject = {};
  for (const key of ['TITLE', 'DESCRIPTION', 'GROUP_NAME']) {
    const value = asString(params[key]).trim();
    if (value) own[key] = value;
  }
  return { [lang]: Object.keys(own).length ? own : { TITLE: APP_NAME } };
}

function bind(raw: JsonObject, { portal }: RestContext) {
  const params = upperKeys(raw);
  if (typeof params['PLACEMENT'] !== 'string') throw Errors.argumentType('PLACEMENT', 'string');
  const placement = params['PLACEMENT'].toUpperCase();
  const handler = asString(params['HANDLER']);
  if (placement === '') throw Errors.argumentNull('The placement code is not specified');
  if (placement === 'DEFAULT')
    throw Errors.argumentNull('The placement code has an incorrect value');
  if (handler === '')
    throw Errors.argumentNull('The URL of the placement handler is not specified');
  checkHandler(handler);
  if (!codesOf(portal, [...portal.settings.scopes, 'global']).includes(placement)) {
    throw restError([400, 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found']);
  }
  // The pipeline buttons have no user mode.
  if (Number(params['USER_ID'] ?? 0) > 0) {
    throw restError([400, 'ERROR_PLACEMENT_USER_MODE', 'User mode is not available.']);
  }
  if (portal.placements.some((p) => p.placement === placement && p.handler === handler)) {
    throw restError([400, 'ERROR_CORE', 'Unable to set placement handler: Handler already binded']);
  }
  const langAll = texts(params, portal.settings.lang);
  const own = langAll[portal.settings.lang] ?? Object.values(langAll)[0] ?? {};
  const options = params['OPTIONS'];
  const binding: PlacementBinding = {
    id: nextBindingId(portal),
    placement,
    handler,
    title: asString(own['TITLE']),
    description: asString(own['DESCRIPTION']),
    groupName: asString(own['GROUP_NAME']),
    options: options && typeof options === 'object' && !Array.isArray(options) ? options : {},
    langAll,
    userId: 0,
  };
  portal.placements.push(binding);
  portal.onChange();
  return { result: true };
}

function unbind(raw: JsonObject, { portal }: RestContext) {
  const params = upperKeys(raw);
  if (typeof params['PLACEMENT'] !== 'string') throw Errors.argumentType('PLACEMENT', 'string');
  const placement = params['PLACEMENT'].toUpperCase();
  if (placement === '') throw Errors.argumentNull('PLACEMENT');
  if (!allCodes(portal).includes(placement)) return { result: { count: 0 } };
  const handler = asString(params['HANDLER']);
  const userId = params['USER_ID'];
  const doomed = portal.placements.filter(
    (p) =>
      p.placement === placement &&
      (handler === '' || p.handler === handler) &&
      (userId === undefined || p.userId === Number(userId)),
  );
  portal.placements = portal.placements.filter((p) => !doomed.includes(p));
  if (doomed.length) portal.onChange();
  // The counter is bumped once when a binding is found and once when it is deleted.
  return { result: { count: doomed.length * 2 } };
}

function get(_params: JsonObject, { portal }: RestContext) {
  const codes = allCodes(portal);
  const rows = portal.placements
    .filter((p) => codes.includes(p.placement))
    .sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
    .map((p) => ({
      id: p.id,
      placement: p.placement,
      userId: p.userId,
      handler: p.handler,
      options: Object.keys(p.options).length ? p.options : ([] as Json[]),
      title: p.title,
      description: p.description,
      langAll: Object.fromEntries(
        Object.entries(p.langAll).map(([code, item]) => {
          const o = (item ?? {}) as JsonObject;
          return [
            code,
            {
              TITLE: o['TITLE'] ?? '',
              DESCRIPTION: o['DESCRIPTION'] ?? '',
              GROUP_NAME: o['GROUP_NAME'] ?? '',
            },
          ];
        }),
      ),
    }));
  return { result: rows as unknown as Json };
}

function list(raw: JsonObject, { portal }: RestContext) {
  const params = upperKeys(raw);
  const scope = asString(params['SCOPE']);
  const scopes =
    params['SCOPE'] !== undefined && scope !== ''
      ? [scope]
      : params['FULL'] === true || params['FULL'] === '1' || params['FULL'] === 'true'
        ? Object.keys(placementsByScope(portal))
        : [...portal.settings.scopes, 'global'];
  return { result: codesOf(portal, scopes) };
}

/** bind/unbind/get: an app (OAuth) and a portal administrator; list: any app user. */
export const placementMethods: Record<string, MethodDef> = {
  'placement.list': { appOnly: true, handler: list },
  'placement.bind': { appOnly: true, portalAdmin: true, handler: bind },
  'placement.unbind': { appOnly: true, portalAdmin: true, handler: unbind },
  'placement.get': { appOnly: true, portalAdmin: true, handler: get },
};
