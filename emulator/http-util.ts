// Small HTTP helpers shared by the REST endpoint, the control API and the page.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parsePhpQuery } from './php-query';
import type { Json, JsonObject } from './types';

/**
 * CORS as docs/sdk.md §2 requires: the app lives on another origin and calls /rest/ directly
 * with axios; without Access-Control-Allow-Origin on EVERY response (errors included) the SDK sees
 * NETWORK_ERROR and retries instead of reading the error.
 */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
} as const;

export function sendJson(res: ServerResponse, status: number, body: Json | object): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  type = 'text/plain; charset=utf-8',
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

const MAX_BODY = 10 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Parses a JSON or x-www-form-urlencoded body (PHP-style keys). Returns null if unparseable. */
export function parseBody(text: string, contentType: string | undefined): JsonObject | null {
  if (!text.trim()) return {};
  const type = (contentType ?? '').toLowerCase();
  const tryJson = (): JsonObject | null => {
    try {
      const value = JSON.parse(text) as Json;
      return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
    } catch {
      return null;
    }
  };
  if (type.includes('application/json')) return tryJson();
  if (type.includes('application/x-www-form-urlencoded')) return parsePhpQuery(text);
  return tryJson() ?? parsePhpQuery(text);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
