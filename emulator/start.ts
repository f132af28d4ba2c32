// npm start: the Vite dev server (the project's vite.config.ts, port 5173) plus the local portal
// on 3100 embedding it, and ONE line telling a newcomer what to open.
import { createServer } from 'vite';
import { DEFAULT_APP_URL, startPortal } from './server';

const vite = await createServer({
  configFile: 'vite.config.ts',
  server: { port: 5173, strictPort: true },
  logLevel: 'warn',
});
await vite.listen();

// The app under the dotted host a real portal would accept as a placement handler (static-app.ts).
const portal = await startPortal({ port: 3100, appUrl: DEFAULT_APP_URL });
console.log(`Stage editor in the local Bitrix24 portal: ${portal.url}`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void Promise.all([portal.close(), vite.close()]).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
