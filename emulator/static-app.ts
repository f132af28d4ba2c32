// Serves a production build (dist/) the way an app host would: under a NON-root path (Bitrix24
// opens apps from any path, so relative asset URLs must work), answering POST for HTML (the portal
// opens the handler with a POST, docs/sdk.md §1) and with the build's own CSP as a header,
// widened for loopback only (local-csp.ts).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { localPolicy } from './local-csp';

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
        let body = await readFile(file);
        const headers: Record<string, string> = {
          'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream',
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        };
        if (isHtml) {
          const page = localPolicy(body.toString('utf8'));
          body = Buffer.from(page.html, 'utf8');
          headers['Content-Security-Policy'] = page.policy;
        }
        headers['Content-Length'] = String(body.length);
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
