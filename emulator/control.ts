// Test control under the reserved /__emulator/ path (routes in emulator/README.md). It does not
// exist on a real portal; the app never calls it (it never imports emulator/).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { featureControl } from './control-features';
import { parseFaultSpec } from './faults';
import { parseBody, readBody, sendJson } from './http-util';
import { PORTAL_ID_PATTERN, type PortalRegistry } from './registry';
import { applySettings } from './settings';
import type { Json, JsonObject } from './types';

export async function jsonBody(req: IncomingMessage): Promise<Json> {
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
