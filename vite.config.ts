import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { firstBoardChunk } from './scripts/first-board-chunk.ts';
import { releasePackage } from './scripts/release.ts';

/**
 * The production build's Content-Security-Policy, as a <meta> tag because a static app cannot
 * choose its host's headers. Scripts only from the app itself (no inline script, no eval). The
 * portal's origin is known only at run time (cloud portals, on-premise ones on any domain), so the
 * shipped policy allows connections to HTTPS origins only, and before the SDK starts the app adds
 * a second policy naming the one portal it was opened from (src/app/frame-origin.ts); policies
 * intersect, so that narrows connect-src to exactly that origin. No loopback http source ships:
 * the local portal's app host moves this policy into a header and adds loopback there
 * (emulator/local-csp.ts), which only a local host can do. Inline styles stay allowed: stage
 * colours are set as validated CSS variables and the colour picker injects its own stylesheet.
 * `frame-ancestors` cannot be set from a <meta> tag.
 */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: APP_CSP },
      injectTo: 'head-prepend',
    },
  ],
});

// Bitrix24 serves a static app from any path (a zip unpacked under the portal, or a
// marketplace host), so every asset URL must be relative: base './'.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), firstBoardChunk(), releasePackage()],
  server: { host: 'localhost', port: 5173, strictPort: true },
  preview: { host: 'localhost', port: 4173, strictPort: true },
  build: {
    sourcemap: false,
    target: 'es2022',
    // Every browser Bitrix24 supports knows <link rel="modulepreload">: no polyfill to download.
    modulePreload: { polyfill: false },
    // The first board is one chunk on purpose (scripts/first-board-chunk.ts); 190 KB gzipped is
    // its budget, which the bench checks.
    chunkSizeWarningLimit: 700,
    // install.html is the installation URL Bitrix24 opens once (static app zip: both files at
    // the root); it runs the same app, which binds the placements when INSTALL is true.
    rollupOptions: { input: { index: 'index.html', install: 'install.html' } },
  },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'emulator/**/*.test.ts',
      'scripts/**/*.test.ts',
      'e2e/bench/**/*.test.ts',
    ],
    environment: 'node',
  },
});
