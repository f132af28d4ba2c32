// Serves the parent page's script: the typed modules in emulator/page/, transpiled to plain
// JavaScript once per process with the TypeScript compiler the project already has (types are
// stripped, nothing is bundled: the browser loads the modules' own `./x.js` imports from here).
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import ts from 'typescript';
import { sendText } from './http-util';

export const PAGE_ASSET_BASE = '/__page/';
export const PAGE_SCRIPT_PATH = `${PAGE_ASSET_BASE}parent.js`;

/** The only files served: never a path taken from the request. */
const MODULES = new Set(['parent', 'protocol', 'toolbar', 'types']);
const cache = new Map<string, Promise<string>>();

async function transpile(name: string): Promise<string> {
  const source = await readFile(new URL(`./page/${name}.ts`, import.meta.url), 'utf8');
  const out = ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
    },
    fileName: `${name}.ts`,
  });
  return out.outputText;
}

/** GET /__page/<module>.js; false if the path is not one of ours. */
export async function servePageAsset(res: ServerResponse, pathname: string): Promise<boolean> {
  const match = /^\/__page\/([a-z-]+)\.js$/.exec(pathname);
  const name = match?.[1];
  if (!name || !MODULES.has(name)) return false;
  let text = cache.get(name);
  if (!text) {
    text = transpile(name);
    cache.set(name, text);
  }
  sendText(res, 200, await text, 'text/javascript; charset=utf-8');
  return true;
}
