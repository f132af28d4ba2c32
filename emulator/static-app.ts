// Serves a production build (dist/) the way an app host would: under a NON-root path (Bitrix24
// opens apps from any path, so relative asset URLs must work), answering POST for HTML (the portal
// opens the handler with a POST, docs/sdk.md §1) and with a strict CSP.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const APP_BASE_PATH = '/local/stage-editor/';

/**
 * The app host's name. A real portal refuses placement handlers on a host without a dot
 * (`localhost`: ERROR_WRONG_HANDLER_URL, docs/server-behaviour.md §3); Chromium resolves every
 * `*.localhost` name to the loopback address by itself, so this dotted name needs no DNS. Node
 * does not resolve it: Node-side clients use `appLoopbackUrl` (server.ts) instead.
 */
export const APP_HOST = 'stage-editor.localhost';

/** The app's base URL on the static host, as the browser and the portal see it. */
export const appBaseUrl = (port: number) => `http://${APP_HOST}:${port}${APP_BASE_PATH}`;

/**
 * What a careful app host sends. Scripts only from the app's own origin: no 'unsafe-inline', no
 * 'unsafe-eval', so a build that needs either fails here first. REST calls go to the portal, whose
 * domain is unknown in advance (any cloud or on-premise portal): https: plus local http for the
 * emulator. frame-ancestors likewise allows any https portal and the local one. Inline STYLE is
 * allowed because React/dnd-kit set style attributes and Bitrix24 hosts commonly permit it.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  'frame-ancestors https: http://127.0.0.1:* http://localhost:*',
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function startStaticApp(dir: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      if (!url.pathname.startsWith(APP_BASE_PATH)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(APP_BASE_PATH.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      const ext = extname(file).toLowerCase();
      const isHtml = ext === '.html';
      if (method !== 'GET' && method !== 'HEAD' && !(method === 'POST' && isHtml)) {
        res.writeHead(405, { Allow: isHtml ? 'GET, HEAD, POST' : 'GET, HEAD' }).end();
        return;
      }
      try {
        const info = await stat(file);
        if (!info.isFile()) throw new Error('not a file');
        const body = await readFile(file);
        const headers: Record<string, string> = {
          'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream',
          'Content-Length': String(body.length),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        };
        if (isHtml) headers['Content-Security-Policy'] = APP_CSP;
        res.writeHead(200, headers);
        // Drain a POST body (the portal's AUTH_ID etc.); a static host ignores it.
        req.resume();
        res.end(method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      }
    })();
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}
