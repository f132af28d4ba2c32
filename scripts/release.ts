// The release zip (`npm run package`): what Bitrix24 needs in it, and what must never be in it.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';
import type { Plugin } from 'vite';

/**
 * An incoming webhook's address carries its secret in the path: `/rest/<user id>/<secret>/`
 * (README "Develop against a real portal by webhook"). Whoever reads it acts as that user, so no
 * shipped file may hold one. Slashes may come JSON-escaped (`\/rest\/1\/…`) inside a bundle.
 */
export const WEBHOOK_PATH = /\\?\/rest\\?\/\d+\\?\/[0-9A-Za-z_-]{4,}/;

/**
 * Why a build may not be packaged at all. A development build (`NODE_ENV=development`, from the
 * shell or from a .env file) compiles in the dev-only webhook connection and VITE_B24_WEBHOOK
 * itself (src/main.tsx), so it is refused before anything is bundled.
 */
export function buildProblems(build: { isProduction: boolean; nodeEnv: string | undefined }) {
  return build.isProduction
    ? []
    : [
        `NODE_ENV is "${build.nodeEnv ?? ''}": a release is a production build only ` +
          '(a development build compiles in VITE_B24_WEBHOOK). Run `npm run package` without NODE_ENV.',
      ];
}

/** Local files an HTML page loads (`src`/`href`), as paths inside the package. */
function localReferences(htmlPath: string, html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"#?]+)/g)]
    .map((match) => match[1] ?? '')
    .filter((ref) => !/^[a-z]+:|^\//i.test(ref))
    .map((ref) => join(dirname(htmlPath), ref).split(sep).join('/'));
}

/**
 * Why a built package may not ship, given every file in it (path → content read as latin1, so
 * binary files are scanned too). Bitrix24 wants index.html (and install.html, the install wizard)
 * at the zip's root, and the app icon ships beside them (from public/); the app is served from an
 * unknown folder, so asset URLs must be relative, and everything a page loads must be in the zip;
 * a shipped app carries no source maps and no webhook. `webhook` is VITE_B24_WEBHOOK as the build saw it, so its secret is looked for too.
 */
export function releaseProblems(files: ReadonlyMap<string, string>, webhook?: string): string[] {
  const names = [...files.keys()];
  const secret = webhook === undefined ? undefined : /\/rest\/\d+\/([^/]+)/.exec(webhook)?.[1];
  return [
    ...['index.html', 'install.html', 'icon.svg']
      .filter((root) => !files.has(root))
      .map((root) => `${root} is missing from the root`),
    ...names.filter((f) => f.endsWith('.map')).map((f) => `${f}: no source maps in a release`),
    ...names
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => {
        const html = files.get(f) ?? '';
        return [
          ...(/(?:src|href)="\/(?!\/)/.test(html)
            ? [`${f} has an absolute asset path; base must stay './'`]
            : []),
          ...localReferences(f, html)
            .filter((ref) => !files.has(ref))
            .map((ref) => `${f} loads ${ref}, which is not in the package`),
        ];
      }),
    ...names
      .filter((f) => WEBHOOK_PATH.test(files.get(f) ?? ''))
      .map((f) => `${f} holds a webhook address (/rest/<n>/<secret>/)`),
    ...(secret
      ? names
          .filter((f) => (files.get(f) ?? '').includes(secret))
          .map((f) => `${f} holds the secret of VITE_B24_WEBHOOK`)
      : []),
  ];
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/**
 * `vite build --mode package` also zips the build for upload as a static local app or a
 * marketplace version, next to the output folder (dist/ → ./stage-editor.zip). A build that
 * breaks any rule above fails here, not in moderation, and leaves no zip behind: the previous
 * one is deleted first, so a failed run cannot be mistaken for a fresh release.
 */
export function releasePackage(zipName = 'stage-editor.zip'): Plugin {
  let packaging = false;
  let outDir = '';
  let webhook: string | undefined;
  const zipPath = () => join(dirname(outDir), zipName);
  return {
    name: 'stage-editor-package',
    apply: 'build',
    configResolved(config) {
      packaging = config.mode === 'package';
      if (!packaging) return;
      outDir = resolve(config.root, config.build.outDir);
      webhook = (config.env['VITE_B24_WEBHOOK'] as string | undefined) || undefined;
      rmSync(zipPath(), { force: true });
      const problems = buildProblems({
        isProduction: config.isProduction,
        nodeEnv: process.env['NODE_ENV'],
      });
      if (problems.length > 0) throw new Error(`Not packaged:\n${problems.join('\n')}`);
    },
    closeBundle() {
      if (!packaging) return;
      const names = filesUnder(outDir).map((path) => relative(outDir, path).split(sep).join('/'));
      const contents = new Map(names.map((f) => [f, readFileSync(join(outDir, f))] as const));
      const problems = releaseProblems(
        new Map([...contents].map(([f, bytes]) => [f, bytes.toString('latin1')])),
        webhook,
      );
      if (problems.length > 0) throw new Error(`Not packaged:\n${problems.join('\n')}`);
      // A fixed timestamp keeps the archive byte-for-byte reproducible for the same build.
      const mtime = new Date('2020-01-01T00:00:00Z');
      const zip = zipSync(
        Object.fromEntries(
          names.sort().map((f) => [f, [new Uint8Array(contents.get(f) ?? []), { mtime }]]),
        ),
        { level: 9 },
      );
      writeFileSync(zipPath(), zip);
      // The size is the point of the message: a build tool reporting what it wrote.
      // eslint-disable-next-line no-console
      console.log(`\n${zipName}: ${names.length} files, ${(zip.length / 1024).toFixed(1)} KiB`);
    },
  };
}
