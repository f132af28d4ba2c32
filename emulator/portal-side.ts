// /__portal/<id>/...: the endpoints the parent page uses to play the portal's own server side
// (issuing tokens, saving options, finishing the install). Not a test API, not on a real portal.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jsonBody } from './control';
import { sendJson } from './http-util';
import type { PortalRegistry } from './registry';
import { funnelCodes } from './rest/placement-codes';
import type { JsonObject } from './types';
import { USER_KINDS, userById, userOfKind } from './users';

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
  // The page's own session (a browser tab), and the user it asked to be (sessions.ts).
  const session = typeof body['session'] === 'string' ? body['session'] : '';
  const asked = USER_KINDS.find((kind) => kind === body['user']) ?? null;
  const tokenView = () => {
    const token = portal.tokens.of(session) ?? portal.issueToken(session, asked);
    return {
      AUTH_ID: token.accessToken,
      AUTH_EXPIRES: portal.settings.tokenLifetime,
      REFRESH_ID: token.refreshToken,
    };
  };
  const current = portal.tokens.of(session);
  const kind = current ? userById(current.userId).kind : (asked ?? portal.settings.user);
  const userKey = String(userOfKind(kind).id);
  switch (action) {
    case 'session':
      // Every page load gets a fresh token, as the portal renders a new AUTH_ID per page view.
      portal.issueToken(session, asked);
      sendJson(res, 200, {
        ...tokenView(),
        MEMBER_ID: portal.memberId,
        // The page shows (and IS_ADMIN tells the app) who this session belongs to.
        settings: {
          ...portal.settings,
          user: asked ?? portal.settings.user,
          admin: (asked ?? portal.settings.user) === 'portal-admin',
        },
        appOptions: portal.appOptions,
        userOptions: portal.userOptions[userKey] ?? {},
        installed: portal.installed,
        // The toolbar's Placement menu: the pipeline buttons this portal offers.
        placements: ['DEFAULT', ...funnelCodes(portal)],
      });
      return;
    case 'refresh':
      if (portal.settings.refreshAuth === 'ignore') {
        sendJson(res, 200, { ignore: true });
        return;
      }
      portal.issueToken(session, current?.pinned ? kind : null);
      sendJson(res, 200, tokenView());
      return;
    case 'app-option':
      // The real portal saves app options for PORTAL administrators only (applayout.js).
      if (kind !== 'portal-admin' || typeof body['name'] !== 'string') {
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
      portal.userOptionWrites += 1;
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
