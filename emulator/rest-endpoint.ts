// /rest/<method>[.json] (OAuth token in `auth`) and /rest/<userId>/<secret>/<method>[.json]
// (incoming webhook). Order of checks: tenant + credentials, rate limit, injected faults, method.
// Errors leave in the portal's answer mode (server or docs wording, errors.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { runBatch } from './batch';
import { Errors, RestError } from './errors';
import { ANSWER_FAULTS, faultAnswer } from './faults';
import { parseBody, readBody, sendJson, sleep } from './http-util';
import { invoke, withoutAuth } from './invoke';
import { parsePhpQuery } from './php-query';
import type { RestResult } from './rest';
import type { PortalRegistry } from './registry';
import type { Portal } from './state';
import { timing } from './timing';
import type { Caller, JournalEntry, Json, JsonObject } from './types';
import { callerFor } from './users';

interface Route {
  method: string;
  hook?: { userId: number; secret: string };
}

export function parseRestPath(pathname: string): Route | null {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'rest') return null;
  const strip = (m: string) => m.replace(/\.json$/i, '');
  if (parts.length === 2 && parts[1]) return { method: strip(parts[1]) };
  const [, userId, secret, method] = parts;
  if (parts.length === 4 && userId && secret && method && /^\d+$/.test(userId)) {
    return { method: strip(method), hook: { userId: Number(userId), secret } };
  }
  return null;
}

export async function handleRest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  registry: PortalRegistry,
): Promise<void> {
  const startedAt = Date.now();
  const route = parseRestPath(url.pathname);
  if (!route) {
    sendJson(res, 404, Errors.methodNotFound().toBody());
    return;
  }
  const body = parseBody(await readBody(req), req.headers['content-type']);
  if (body === null) {
    sendJson(res, 400, { error: 'INVALID_REQUEST', error_description: 'Invalid request body' });
    return;
  }
  // GET callers pass everything in the query string; the body wins on conflicts.
  let params: JsonObject = { ...parsePhpQuery(url.search.slice(1)), ...body };
  for (const key of ['bx24_request_id', 'bx24_sdk_ver', 'bx24_sdk_type']) delete params[key];

  // 1. Which tenant, which user.
  let portal: Portal | undefined;
  let caller: Caller;
  if (route.hook) {
    portal = registry.bySecret(route.hook.secret);
    if (!portal) {
      sendJson(res, 401, Errors.noAuth().toBody());
      return;
    }
    caller = callerFor(route.hook.userId, 'hook');
  } else {
    const token = typeof params['auth'] === 'string' ? params['auth'] : '';
    if (!token) {
      sendJson(res, 401, Errors.noAuth().toBody());
      return;
    }
    portal = registry.byToken(token);
    if (!portal) {
      sendJson(res, 401, Errors.invalidToken().toBody());
      return;
    }
    const current = portal.tokens.find(token);
    caller = callerFor(current?.userId ?? 0, 'oauth');
    // A replaced or expired token is "expired": the SDK answers that with refreshAuth + one retry.
    if (!current || Date.now() > current.expiresAt) {
      respondError(res, portal, route.method, params, Errors.expiredToken());
      return;
    }
  }

  // 2. Rate limit: a batch is ONE request, whatever it contains.
  const rateFault = portal.faults.take('*', ['rateLimit']);
  if (rateFault || !portal.bucket.take(portal.settings.rateLimit)) {
    respondError(res, portal, route.method, params, Errors.queryLimit());
    return;
  }

  // 3. HTTP-level faults (a fault naming a batch sub-command method is applied inside the batch).
  const entry = portal.record({ method: route.method, params: withoutAuth(params), status: 0 });
  const delay = portal.faults.take(route.method, ['delay']);
  if (delay?.type === 'delay') await sleep(delay.ms);
  const fault = portal.faults.take(route.method, [...ANSWER_FAULTS, 'drop']);
  const injected = fault && faultAnswer(fault);
  if (injected && 'error' in injected) {
    finishError(res, entry, injected.error);
    return;
  }
  if (fault?.type === 'drop' && !fault.after) {
    drop(res, entry);
    return;
  }

  // 4. The method itself (or the injected "accepted but not saved" answer). Like the server, the
  // method never sees the credentials (CRestServer moves them out of the query).
  let out: RestResult;
  try {
    const ctx = { portal, caller };
    params = withoutAuth(params);
    out = injected
      ? injected
      : route.method.toLowerCase() === 'batch'
        ? { result: await runBatch(params, ctx, entry.seq) }
        : invoke(route.method, params, ctx);
  } catch (error) {
    if (!(error instanceof RestError)) console.error(error);
    const err = error instanceof RestError ? error : Errors.internal();
    finishError(res, entry, err.in(portal.settings.answers));
    return;
  }
  if (fault?.type === 'drop') {
    drop(res, entry);
    return;
  }
  entry.status = 200;
  const answer: Record<string, Json> = { result: out.result };
  if (out.total !== undefined) answer['total'] = out.total;
  if (out.next !== undefined) answer['next'] = out.next;
  answer['time'] = timing(startedAt);
  sendJson(res, 200, answer);
}

function respondError(
  res: ServerResponse,
  portal: Portal,
  method: string,
  params: JsonObject,
  error: RestError,
): void {
  const entry = portal.record({ method, params: withoutAuth(params), status: 0 });
  finishError(res, entry, error.in(portal.settings.answers));
}

function finishError(res: ServerResponse, entry: JournalEntry, error: RestError): void {
  entry.status = error.status;
  entry.error = error.code || error.description;
  sendJson(res, error.status, error.toBody());
}

/** Simulates a lost connection: the socket closes without any HTTP answer. */
function drop(res: ServerResponse, entry: JournalEntry): void {
  entry.status = 0;
  entry.error = 'DROPPED';
  res.socket?.destroy();
  res.destroy();
}
