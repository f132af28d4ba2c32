import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProblems, releaseProblems, WEBHOOK_PATH } from './release';

const page = (body = '') =>
  `<html><head><script type="module" src="./assets/main.js"></script>${body}</head></html>`;
const release = (extra: Record<string, string> = {}) =>
  new Map(
    Object.entries({
      'index.html': page(),
      'install.html': page(),
      'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'assets/main.js': 'console.log(1)',
      ...extra,
    }),
  );

describe('what may not be packaged', () => {
  it('a development build, before anything is bundled', () => {
    expect(buildProblems({ isProduction: true, nodeEnv: 'production' })).toEqual([]);
    expect(buildProblems({ isProduction: false, nodeEnv: 'development' })).toEqual([
      expect.stringContaining('NODE_ENV is "development"'),
    ]);
  });

  it.each([
    ['a clean build', {}, []],
    ['index.html missing', { 'index.html': undefined }, ['index.html is missing from the root']],
    ['the app icon missing', { 'icon.svg': undefined }, ['icon.svg is missing from the root']],
    ['a source map', { 'assets/main.js.map': '{}' }, ['assets/main.js.map: no source maps']],
    ['an absolute asset path', { 'index.html': page('<link href="/x.css">') }, ['absolute']],
    ['a page loading a missing file', { 'install.html': page('<link href="./i.svg">') }, ['i.svg']],
    [
      'a webhook in a bundle',
      { 'assets/a.js': 'u="https://x.bitrix24.com/rest/1/abc123/"' },
      ['a.js'],
    ],
    [
      'a JSON-escaped webhook',
      { 'assets/b.json': '"https:\\/\\/x\\/rest\\/12\\/k3y_Z9\\/"' },
      ['b.json'],
    ],
    [
      'a webhook in a picture',
      { 'icon.svg': '<svg><a href="/rest/7/s3cr3tkey"/></svg>' },
      ['icon.svg'],
    ],
  ] as const)('%s', (_, change, expected) => {
    const files = release();
    for (const [name, text] of Object.entries(change)) {
      if (text === undefined) files.delete(name);
      else files.set(name, text);
    }
    const problems = releaseProblems(files);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((part, i) => expect(problems[i]).toContain(part));
  });

  it('the secret of the webhook the build saw, wherever it hides', () => {
    const files = release({ 'assets/c.js': 'k=["abc","123"].join("");s="abc123"' });
    expect(releaseProblems(files)).toEqual([]);
    expect(releaseProblems(files, 'https://x.bitrix24.com/rest/1/abc123/')).toEqual([
      'assets/c.js holds the secret of VITE_B24_WEBHOOK',
    ]);
  });

  it('REST paths without a secret are not webhooks', () => {
    for (const text of ['`${origin}/rest`', '/rest/api/', '"/rest/"+method', '/rest/1/']) {
      expect(WEBHOOK_PATH.test(text), text).toBe(false);
    }
  });
});

// The real `vite build --mode package`, into a folder of its own so dist/ stays as it was.
describe('npm run package with a webhook in the environment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stage-editor-release-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const WEBHOOK = 'https://x.bitrix24.com/rest/1/abc123/';

  const packageWith = async (nodeEnv: string, outDir: string) => {
    const env = { ...process.env, NODE_ENV: nodeEnv, VITE_B24_WEBHOOK: WEBHOOK };
    const args = ['build', '--mode', 'package', '--outDir', outDir, '--emptyOutDir'];
    try {
      await promisify(execFile)(join('node_modules', '.bin', 'vite'), args, { env });
      return { failed: false, output: '' };
    } catch (error) {
      return { failed: true, output: String((error as { stderr?: string }).stderr) };
    }
  };

  it('fails for a development build and leaves no zip', async () => {
    const result = await packageWith('development', join(dir, 'dev', 'dist'));
    expect(result.failed).toBe(true);
    expect(result.output).toContain('a release is a production build only');
    expect(existsSync(join(dir, 'dev', 'stage-editor.zip'))).toBe(false);
  }, 60_000);

  it('builds a production zip that holds no webhook and no loopback source', async () => {
    const result = await packageWith('production', join(dir, 'prod', 'dist'));
    expect(result).toEqual({ failed: false, output: '' });
    const zip = unzipSync(new Uint8Array(readFileSync(join(dir, 'prod', 'stage-editor.zip'))));
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining(['index.html', 'install.html', 'icon.svg', 'favicon.svg']),
    );
    for (const [name, bytes] of Object.entries(zip)) {
      const text = strFromU8(bytes, true);
      expect(text.includes('abc123'), name).toBe(false);
      expect(WEBHOOK_PATH.test(text), name).toBe(false);
      // The shipped policy names no loopback source (the local portal's host adds it).
      if (name.endsWith('.html')) expect(text, name).not.toMatch(/http:|127\.0\.0\.1|localhost/);
    }
  }, 60_000);
});
