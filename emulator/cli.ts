// npm run portal -- --port 3100 [--app URL] [--data FILE] [--app-dir DIR --app-port M]
import { parseArgs } from 'node:util';
import { DEFAULT_APP_URL, DEFAULT_PORTAL_PORT, startPortal } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    app: { type: 'string' },
    data: { type: 'string' },
    'app-dir': { type: 'string' },
    'app-port': { type: 'string' },
  },
});

const appDir = values['app-dir'];
if ((appDir === undefined) !== (values['app-port'] === undefined)) {
  console.error('--app-dir and --app-port go together');
  process.exit(2);
}

const portal = await startPortal({
  port: Number(values.port ?? DEFAULT_PORTAL_PORT),
  appUrl: values.app ?? (appDir ? undefined : DEFAULT_APP_URL),
  dataFile: values.data,
  appDir,
  appPort: values['app-port'] === undefined ? undefined : Number(values['app-port']),
});

if (appDir) console.log(`App build ${appDir} served at ${portal.appUrl}`);
console.log(`Local Bitrix24 portal: ${portal.url}`);

const stop = () => {
  void portal.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
