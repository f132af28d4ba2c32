import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * The production build's Content-Security-Policy, as a <meta> tag because a static app cannot
 * choose its host's headers. Scripts only from the app itself (no inline script, no eval). The
 * portal's origin is known only at run time (cloud portals, on-premise ones on any domain), so
 * connections are allowed to any HTTPS origin: the SDK only ever talks to the origin it derives
 * from the frame name. Loopback http is allowed so the same build runs in the local portal.
 * Inline styles stay allowed: stage colours are set as validated CSS variables and the colour
 * picker injects its own stylesheet. `frame-ancestors` cannot be set from a <meta> tag.
 */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
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

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/**
 * `vite build --mode package` (npm run package) also zips dist/ for upload as a static local app
 * or a marketplace version. Bitrix24 wants index.html (and install.html, the install wizard) at
 * the zip's root; the app is served from an unknown folder, so asset URLs must be relative; and
 * a shipped app carries no source maps. A build that breaks any of these fails here, not in
 * moderation.
 */
function packageZip(outDir: string, zipName: string): Plugin {
  let mode = '';
  return {
    name: 'stage-editor-package',
    apply: 'build',
    configResolved(config) {
      mode = config.mode;
    },
    closeBundle() {
      if (mode !== 'package') return;
      const files = filesUnder(outDir).map((path) => relative(outDir, path).split(sep).join('/'));
      const problems = [
        ...['index.html', 'install.html']
          .filter((root) => !files.includes(root))
          .map((root) => `${root} is missing from the root`),
        ...files.filter((f) => f.endsWith('.map')).map((f) => `${f}: no source maps in a release`),
        ...files
          .filter((f) => f.endsWith('.html'))
          .filter((f) => /(?:src|href)="\/(?!\/)/.test(readFileSync(join(outDir, f), 'utf8')))
          .map((f) => `${f} has an absolute asset path; base must stay './'`),
      ];
      if (problems.length > 0) throw new Error(`Not packaged:\n${problems.join('\n')}`);
      // A fixed timestamp keeps the archive byte-for-byte reproducible for the same build.
      const mtime = new Date('2020-01-01T00:00:00Z');
      const zip = zipSync(
        Object.fromEntries(
          files.sort().map((f) => [f, [new Uint8Array(readFileSync(join(outDir, f))), { mtime }]]),
        ),
        { level: 9 },
      );
      writeFileSync(zipName, zip);
      // The size is the point of the message: a build tool reporting what it wrote.
      // eslint-disable-next-line no-console
      console.log(`\n${zipName}: ${files.length} files, ${(zip.length / 1024).toFixed(1)} KiB`);
    },
  };
}

// Bitrix24 serves a static app from any path (a zip unpacked under the portal, or a
// marketplace host), so every asset URL must be relative: base './'.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    packageZip('dist', 'stage-editor.zip'),
  ],
  server: { host: 'localhost', port: 5173, strictPort: true },
  preview: { host: 'localhost', port: 4173, strictPort: true },
  build: {
    sourcemap: false,
    target: 'es2022',
    // install.html is the installation URL Bitrix24 opens once (static app zip: both files at
    // the root); it runs the same app, which binds the placements when INSTALL is true.
    rollupOptions: { input: { index: 'index.html', install: 'install.html' } },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'emulator/**/*.test.ts'],
    environment: 'node',
  },
});
