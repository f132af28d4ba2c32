// Test control under the reserved /__emulator/ path, plus /__portal/<id>/..., the endpoints the
// parent page uses to play the portal's own server side (issuing tokens, saving options).
// Neither exists on a real portal; the app never calls them (it never imports emulator/).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { featureControl } from './control-features';
import { applyFeatureSetting } from './feature-settings';
import { parseFaultSpec } from './faults';
import { parseBody, readBody, sendJson } from './http-util';
import {
  ADMIN_USER_ID,
  ORDINARY_USER_ID,
  PORTAL_ID_PATTERN,
  type Portal,
  type PortalRegistry,
} from './state';
import type { Json, JsonObject, PortalSettings } from './types';

const LANGS = ['en', 'ru', 'de'];

/** Validates and applies a partial settings object. Returns an error message on bad input. */
export function applySettings(portal: Portal, patch: JsonObject): string | null {
  const next: PortalSettings = { ...portal.settings };
  for (const [key, value] of Object.entries(patch)) {
    switch (key) {
      case 'admin':
      case 'install':
      case 'firstRun':
        if (typeof value !== 'boolean') return `${key} must be a boolean`;
        next[key] = value;
        break;
      case 'lang':
        if (typeof value !== 'string' || !LANGS.includes(value)) return 'lang must be en, ru or de';
        next.lang = value as PortalSettings['lang'];
        break;
      case 'crmMode':
        if (value !== 'classic' && value !== 'simple') return 'crmMode must be classic or simple';
        next.crmMode = value;
        break;
      case 'tokenLifetime':
        if (typeof value !== 'number' || value <= 0) return 'tokenLifetime must be > 0 (seconds)';
        next.tokenLifetime = value;
        break;
      case 'rateLimit':
        if (value === null) next.rateLimit = null;
        else if (
          value &&
          typeof value === 'object' &&
          !Array.isArray(value) &&
          typeof value['burst'] === 'number' &&
          typeof value['drainRate'] === 'number'
        ) {
          next.rateLimit = { burst: value['burst'], drainRate: value['drainRate'] };
        } else return 'rateLimit must be null or {burst, drainRate}';
        break;
      case 'placement':
        if (typeof value !== 'string' || !value) return 'placement must be a non-empty string';
        next.placement = value;
        break;
      case 'placementOptions':
        // Real portals send PLACEMENT_OPTIONS as '' where a page has none (b24jssdk.md §7.9).
        if (value === '') next.placementOptions = '';
        else if (!value || typeof value !== 'object' || Array.isArray(value)) {
          return "placementOptions must be an object or ''";
        } else next.placementOptions = value;
        break;
      case 'refreshAuth':
        if (value !== 'answer' && value !== 'ignore')
          return "refreshAuth must be 'answer' or 'ignore'";
        next.refreshAuth = value;
        break;
      default: {
        // Settings of the journal, pipelines and analytics features (feature-settings.ts).
        const problem = applyFeatureSetting(next, key, value);
        if (problem === undefined) return `unknown setting ${key}`;
        if (problem) return problem;
      }
    }
  }
  // Switching install mode on means the app is (re)installing: not installed until
  // installFinish() (settings/app-installation/installation-finish.md).
  if (next.install && !portal.settings.install) portal.installed = false;
  if (next.admin !== portal.settings.admin && portal.token) {
    // The user changed: the old session belongs to someone else now.
    portal.token.userId = next.admin ? ADMIN_USER_ID : ORDINARY_USER_ID;
  }
  portal.settings = next;
  portal.onChange();
  return null;
}

async function jsonBody(req: IncomingMessage): Promise<Json> {
  const text = await readBody(req);
  if (!text.trim()) return {};
  return parseBody(text, 'application/json') ?? (JSON.parse(text) as Json);
}

/** /__emulator/... (see README for the routes). */
export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  registry: PortalRegistry,
): Promise<void> {
  const parts = url.pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent);
  const verb = req.method ?? 'GET';
  let body: Json;
  try {
    body = verb === 'POST' ? await jsonBody(req) : {};
  } catch {
    sendJson(res, 400, { error: 'body must be JSON' });
    return;
  }
  const obj: JsonObject = body && typeof body === 'object' && !Array.isArray(body) ? body : {};

  if (parts.length === 1 && parts[0] === 'portals' && verb === 'POST') {
    const id = obj['id'];
    if (id !== undefined && (typeof id !== 'string' || !PORTAL_ID_PATTERN.test(id))) {
      sendJson(res, 400, { error: 'id must match [A-Za-z0-9_-]{1,64}' });
      return;
    }
    const portal = registry.create(id as string | undefined);
    sendJson(res, 200, { id: portal.id });
    return;
  }

  const [id, action] = parts;
  const portal = id ? registry.get(id) : undefined;
  if (!portal || !action || parts.length !== 2) {
    sendJson(res, 404, { error: portal ? 'unknown control route' : `unknown portal ${id ?? ''}` });
    return;
  }

  switch (`${verb} ${action}`) {
    case 'POST reset':
      portal.reset();
      portal.onChange();
      sendJson(res, 200, { ok: true });
      return;
    case 'GET state':
      sendJson(res, 200, portal.publicState());
      return;
    case 'GET journal':
      sendJson(res, 200, portal.journal);
      return;
    case 'DELETE journal':
      portal.journal = [];
      sendJson(res, 200, { ok: true });
      return;
    case 'GET faults':
      sendJson(res, 200, portal.faults.list());
      return;
    case 'POST faults': {
      const spec = parseFaultSpec(body);
      if (typeof spec === 'string') {
        sendJson(res, 400, { error: spec });
        return;
      }
      portal.faults.add(spec);
      sendJson(res, 200, { ok: true });
      return;
    }
    case 'DELETE faults':
      portal.faults.clear();
      sendJson(res, 200, { ok: true });
      return;
    case 'POST expire-token':
      portal.expireToken();
      sendJson(res, 200, { ok: true });
      return;
    case 'GET settings':
      sendJson(res, 200, portal.settings);
      return;
    case 'POST settings': {
      const error = applySettings(portal, obj);
      if (error) sendJson(res, 400, { error });
      else sendJson(res, 200, portal.settings);
      return;
    }
    case 'POST statuses': {
      const rows = Array.isArray(body) ? body : Array.isArray(obj['rows']) ? obj['rows'] : [body];
      if (!rows.every((r) => r && typeof r === 'object' && !Array.isArray(r))) {
        sendJson(res, 400, { error: 'body must be a row object or an array of rows' });
        return;
      }
      sendJson(res, 200, portal.upsertRaw(rows as JsonObject[]) as unknown as Json);
      return;
    }
    case 'POST items': {
      // Plants CRM items (say, 120 deals in one stage) so tests can study moving them in batches.
      const entityTypeId = Number(obj['entityTypeId']);
      const categoryId = Number(obj['categoryId'] ?? 0);
      const stageId = typeof obj['stageId'] === 'string' ? obj['stageId'] : '';
      const count = Number(obj['count'] ?? 1);
      if (!Number.isInteger(entityTypeId) || stageId === '' || !(count >= 1 && count <= 5000)) {
        sendJson(res, 400, { error: 'need entityTypeId, stageId and a count of 1..5000' });
        return;
      }
      sendJson(
        res,
        200,
        portal.plantItems(entityTypeId, categoryId, stageId, count) as unknown as Json,
      );
      return;
    }
    default: {
      // Journal, pipelines and analytics routes (control-features.ts).
      const answer = featureControl(verb, action, obj, url, portal);
      if (answer) sendJson(res, answer.status, answer.body);
      else sendJson(res, 404, { error: 'unknown control route' });
    }
  }
}

/**
 * /__portal/<id>/<action>: the portal's own backend as the parent page sees it. The real portal
 * renders AUTH_ID etc. server-side into the page; our page fetches them instead.
 */
export async function handlePortalSide(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  registry: PortalRegistry,
): Promise<void> {
  const [, id, action] = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const portal = id ? registry.get(id) : undefined;
  if (!portal || req.method !== 'POST') {
    sendJson(res, 404, { error: 'unknown portal' });
    return;
  }
  let body: JsonObject = {};
  try {
    const parsed = await jsonBody(req);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed;
  } catch {
    // ignore: every action tolerates an empty body
  }
  const tokenView = () => {
    const token = portal.token ?? portal.issueToken();
    return {
      AUTH_ID: token.accessToken,
      AUTH_EXPIRES: portal.settings.tokenLifetime,
      REFRESH_ID: token.refreshToken,
    };
  };
  const userKey = String(portal.settings.admin ? ADMIN_USER_ID : ORDINARY_USER_ID);
  switch (action) {
    case 'session':
      // Every page load gets a fresh token, as the portal renders a new AUTH_ID per page view.
      portal.issueToken();
      sendJson(res, 200, {
        ...tokenView(),
        MEMBER_ID: portal.memberId,
        settings: portal.settings,
        appOptions: portal.appOptions,
        userOptions: portal.userOptions[userKey] ?? {},
        installed: portal.installed,
      });
      return;
    case 'refresh':
      if (portal.settings.refreshAuth === 'ignore') {
        sendJson(res, 200, { ignore: true });
        return;
      }
      portal.issueToken();
      sendJson(res, 200, tokenView());
      return;
    case 'app-option':
      // The real portal saves app options for administrators only (applayout.js setAppOption).
      if (!portal.settings.admin || typeof body['name'] !== 'string') {
        sendJson(res, 200, { saved: false });
        return;
      }
      portal.appOptions[body['name']] = body['value'] ?? null;
      portal.onChange();
      sendJson(res, 200, { saved: true });
      return;
    case 'user-option': {
      if (typeof body['name'] !== 'string') {
        sendJson(res, 200, { saved: false });
        return;
      }
      const store = portal.userOptions[userKey] ?? {};
      store[body['name']] = body['value'] ?? null;
      portal.userOptions[userKey] = store;
      portal.onChange();
      sendJson(res, 200, { saved: true });
      return;
    }
    case 'install-finish':
      portal.installed = true;
      portal.settings = { ...portal.settings, install: false, firstRun: false };
      portal.onChange();
      sendJson(res, 200, { ok: true });
      return;
    default:
      sendJson(res, 404, { error: 'unknown action' });
  }
}
