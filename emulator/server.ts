// The local Bitrix24 portal: one Node http server, many isolated tenants (state.ts).
//   /                      parent page (?portal=<id>&app=<url>), its script under /__page/
//   /rest/...              REST (rest-endpoint.ts)
//   /__emulator/...        test control (control.ts)
//   /__portal/<id>/...     the page's own backend (tokens, options)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PAGE_ASSET_BASE, servePageAsset } from './assets';
import { handleControl } from './control';
import { handlePortalSide } from './portal-side';
import { CORS_HEADERS, sendJson, sendText } from './http-util';
import { renderParentPage } from './page';
import { handleRest } from './rest-endpoint';
import { PORTAL_ID_PATTERN, PortalRegistry } from './registry';
import { APP_BASE_PATH, APP_HOST, appBaseUrl, startStaticApp } from './static-app';

export const DEFAULT_PORTAL_PORT = 3100;
/** The Vite dev server, under the dotted app host (static-app.ts APP_HOST). */
export const DEFAULT_APP_URL = `http://${APP_HOST}:5173/index.html`;

export interface PortalOptions {
  port: number;
  appUrl?: string;
  dataFile?: string;
  appDir?: string;
  appPort?: number;
}

export interface RunningPortal {
  /** Parent page URL of the default tenant, e.g. http://127.0.0.1:3100/ */
  url: string;
  /** Base URL of the static app host when appDir is set (the dotted `stage-editor.localhost`). */
  appUrl: string;
  /** The same host on 127.0.0.1, for Node clients (Node does not resolve `*.localhost`). */
  appLoopbackUrl: string;
  port: number;
  registry: PortalRegistry;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function startPortal(options: PortalOptions): Promise<RunningPortal> {
  const registry = new PortalRegistry(options.dataFile);
  let staticServer: Server | undefined;
  let staticPort = 0;
  if (options.appDir) {
    staticServer = await startStaticApp(options.appDir, options.appPort ?? 0);
    staticPort = (staticServer.address() as AddressInfo).port;
  }
  const defaultApp =
    options.appUrl ?? (staticServer ? `${appBaseUrl(staticPort)}index.html` : DEFAULT_APP_URL);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const run = async () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS).end();
        return;
      }
      if (path.startsWith('/rest/')) return handleRest(req, res, url, registry);
      if (path.startsWith('/__emulator/')) return handleControl(req, res, url, registry);
      if (path.startsWith('/__portal/')) return handlePortalSide(req, res, url, registry);
      if (path === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
        const portalId = url.searchParams.get('portal') ?? 'default';
        if (!PORTAL_ID_PATTERN.test(portalId) || !registry.get(portalId)) {
          sendText(
            res,
            404,
            `Unknown portal "${portalId}". Create it: POST /__emulator/portals {"id":"..."}`,
          );
          return;
        }
        const appUrl = url.searchParams.get('app') ?? defaultApp;
        sendText(res, 200, renderParentPage({ portalId, appUrl }), 'text/html; charset=utf-8');
        return;
      }
      if (path.startsWith(PAGE_ASSET_BASE) && (await servePageAsset(res, path))) return;
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      sendText(res, 404, 'Not found');
    };
    run().catch((error: unknown) => {
      console.error(error);
      sendJson(res, 500, {
        error: 'INTERNAL_SERVER_ERROR',
        error_description: 'Internal server error',
      });
    });
  });
  const port = await listen(server, options.port);
  return {
    url: `http://127.0.0.1:${port}/`,
    appUrl: staticServer ? appBaseUrl(staticPort) : defaultApp,
    appLoopbackUrl: staticServer ? `http://127.0.0.1:${staticPort}${APP_BASE_PATH}` : defaultApp,
    port,
    registry,
    close: async () => {
      await closeServer(server);
      if (staticServer) await closeServer(staticServer);
    },
  };
}
