import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

// E2E_PORT_OFFSET lets two checkouts run their suites side by side on one machine.
const offset = Number(process.env['E2E_PORT_OFFSET'] ?? 0);
export const PORTAL_PORT = 3210 + offset;
export const BUILT_APP_PORT = 4183 + offset;
export const DEV_APP_PORT = 5183 + offset;
const portal = `http://127.0.0.1:${PORTAL_PORT}`;
/**
 * The production build, served by the emulator from a nested path as a real app host would, under
 * a host with a dot: a real portal refuses placement handlers on `localhost`. Chromium resolves
 * `*.localhost` to loopback by itself; Node does not, so the readiness checks below use localhost.
 */
const builtApp = `http://stage-editor.localhost:${BUILT_APP_PORT}/local/stage-editor/index.html`;
const devApp = `http://stage-editor.localhost:${DEV_APP_PORT}/index.html`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  forbidOnly: Boolean(process.env['CI']),
  // No retries: a test that fails once fails. (The install "stall" was a 7 s expectation over a
  // chain that takes up to 8 s under load; install.spec.ts now budgets each half.)
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'built', use: { baseURL: portal, appUrl: builtApp } as object },
    { name: 'dev', grep: /@dev/, use: { baseURL: portal, appUrl: devApp } as object },
  ],
  webServer: [
    {
      command: `npx tsx emulator/cli.ts --port ${PORTAL_PORT} --app ${builtApp} --app-dir dist --app-port ${BUILT_APP_PORT}`,
      url: `${portal}/`,
      reuseExistingServer: !process.env['CI'],
      stdout: 'ignore',
    },
    {
      command: `npx vite --port ${DEV_APP_PORT} --strictPort`,
      url: `http://localhost:${DEV_APP_PORT}/index.html`,
      reuseExistingServer: !process.env['CI'],
      stdout: 'ignore',
    },
  ],
});
