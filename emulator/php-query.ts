// PHP-style query parsing ($_POST / parse_str), because that is what the portal runs on: the SDK
// encodes batch rows with qs (`filter%5BENTITY_ID%5D=DEAL_STAGE`, docs/sdk.md §2) and form clients
// post `fields[NAME]=x`. `a[]=v` appends; numeric keys stay object keys, as PHP arrays do.
import type { Json, JsonObject } from './types';

function decode(component: string): string {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    return component;
  }
}

/** Splits `a[b][c]` into ['a', 'b', 'c'] and `a[]` into ['a', ''] like PHP does. */
function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const parts = [key.slice(0, open)];
  const re = /\[([^\]]*)\]/gy;
  re.lastIndex = open;
  let match: RegExpExecArray | null;
  while ((match = re.exec(key))) parts.push(match[1] ?? '');
  // PHP ignores anything after the last bracket pair; so do we.
  return parts;
}

function assign(target: JsonObject | Json[], path: string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const container = target as Record<string, Json>;
  let key = head;
  if (key === '') {
    // Append: the next integer key, as PHP computes it.
    const keys = Object.keys(container)
      .map(Number)
      .filter((n) => Number.isInteger(n));
    key = String(keys.length ? Math.max(...keys) + 1 : 0);
  }
  if (rest.length === 0) {
    container[key] = value;
    return;
  }
  let child = container[key];
  if (!child || typeof child !== 'object') {
    child = {};
    container[key] = child;
  }
  assign(child, rest, value);
}

/** Parses `a=1&b[c]=2&d[]=3&d[]=4` into `{a:'1', b:{c:'2'}, d:['3','4']}`. */
export function parsePhpQuery(query: string): JsonObject {
  const out: JsonObject = {};
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    if (!rawKey) continue;
    assign(out, splitKey(rawKey), value);
  }
  return listify(out) as JsonObject;
}

/** Objects whose keys are exactly 0..n-1 become arrays (PHP lists become JSON arrays). */
function listify(value: Json): Json {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(listify);
  const keys = Object.keys(value);
  const entries = Object.entries(value).map(([k, v]) => [k, listify(v)] as const);
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return entries.map(([, v]) => v);
  return Object.fromEntries(entries);
}
