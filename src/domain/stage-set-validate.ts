import { parseHexColour } from './colour';
import {
  STAGE_SET_FORMAT,
  STAGE_SET_MAX_STAGES,
  STAGE_SET_VERSION,
  type SetDirectory,
  type SetStage,
  type StageSet,
} from './stage-set';
import { GROUPS, type Group } from './stage';
import { validateFileStageName, type StageNameProblem } from './stage-name';

/**
 * Reads a stage set's JSON and reports EVERY problem, each with its place, so the admin can fix
 * the file in one go. Nothing is sent while a set has a problem. The rules are the ones
 * docs/stage-set.md lists; the JSON Schema (docs/stage-set.schema.json) states the same rules
 * where JSON Schema can, and stage-set-schema.test.ts keeps the two in agreement.
 */
export type SetProblemCode =
  | 'too-large'
  | 'binary'
  | 'malformed-json'
  | 'not-an-object'
  | 'format'
  | 'version'
  | 'missing'
  | 'wrong-type'
  | 'exported-at'
  | 'no-directories'
  | 'too-many-stages'
  | 'unknown-group'
  | 'no-success'
  | 'two-success'
  | 'no-process'
  | 'no-failure'
  | 'name-empty'
  | 'name-zero'
  | 'name-too-long'
  | 'name-control'
  | 'colour'
  | 'code-invalid'
  | 'duplicate-code'
  | 'order-invalid'
  | 'duplicate-order'
  | 'group-order';

export interface SetProblem {
  readonly code: SetProblemCode;
  /** Where, as a JSON Pointer (RFC 6901) into the file; '' is the whole file. */
  readonly pointer: string;
  /** 1-based directory of the file, or null for the file as a whole. */
  readonly directory: number | null;
  /** 1-based position of the stage in its directory's list, or null. */
  readonly stage: number | null;
  /** The value at fault, as text (cut to 60 characters), or a count, or null. */
  readonly value: string | null;
}

export type SetVerdict =
  | { readonly ok: true; readonly set: StageSet }
  | { readonly ok: false; readonly problems: readonly SetProblem[] };

/** ISO 8601 date and time with a zone, as `Date#toISOString` writes it. */
export const EXPORTED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Any characters but controls and `:` (the prefix separator), 1 to 50 of them. */
// eslint-disable-next-line no-control-regex -- control characters are refused in a code
export const STATUS_CODE = /^[^\u0000-\u001f\u007f:]{1,50}$/u;
export const HEX_COLOUR = /^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const shown = (v: unknown) => {
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return [...text].length > 60 ? `${[...text].slice(0, 59).join('')}…` : text;
};

/** Where in the text JSON.parse stopped, as `line L, column C`, when the engine says. */
function placeOf(error: unknown, text: string): string | null {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `${lineColumn[1]}:${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return `${lines.length}:${(lines.at(-1)?.length ?? 0) + 1}`;
}

export function parseStageSet(text: string): SetVerdict {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const problem = { code: 'malformed-json', pointer: '', directory: null, stage: null };
    return { ok: false, problems: [{ ...problem, value: placeOf(error, text) } as SetProblem] };
  }
  return validateStageSet(json);
}

export function validateStageSet(json: unknown): SetVerdict {
  const problems: SetProblem[] = [];
  const report = (
    code: SetProblemCode,
    pointer: string,
    value: unknown = null,
    directory: number | null = null,
    stage: number | null = null,
  ) =>
    problems.push({
      code,
      pointer,
      directory,
      stage,
      value: value === null || value === undefined ? null : shown(value),
    });
  if (!isObject(json)) {
    report('not-an-object', '');
    return { ok: false, problems };
  }
  if (json['format'] !== STAGE_SET_FORMAT) report('format', '/format', json['format'] ?? null);
  if (json['version'] !== STAGE_SET_VERSION) report('version', '/version', json['version'] ?? null);
  const exportedAt = json['exportedAt'];
  if (exportedAt === undefined) report('missing', '/exportedAt');
  else if (typeof exportedAt !== 'string' || !EXPORTED_AT.test(exportedAt))
    report('exported-at', '/exportedAt', exportedAt);
  const portal = json['portal'];
  if (portal !== undefined && typeof portal !== 'string') report('wrong-type', '/portal', portal);
  const list = json['directories'];
  const directories: SetDirectory[] = [];
  if (list === undefined) report('missing', '/directories');
  else if (!Array.isArray(list)) report('wrong-type', '/directories', list);
  else if (list.length === 0) report('no-directories', '/directories');
  else
    list.forEach((raw, index) => {
      const directory = readDirectory(raw, index + 1, report);
      if (directory) directories.push(directory);
    });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    set: {
      exportedAt: String(exportedAt),
      portal: typeof portal === 'string' ? portal : null,
      directories,
    },
  };
}

type Report = (
  code: SetProblemCode,
  pointer: string,
  value?: unknown,
  directory?: number | null,
  stage?: number | null,
) => void;

function readDirectory(raw: unknown, n: number, report: Report): SetDirectory | null {
  const at = `/directories/${n - 1}`;
  if (!isObject(raw)) {
    report('wrong-type', at, raw, n);
    return null;
  }
  const { entityId, name, stages } = raw;
  if (entityId !== undefined && typeof entityId !== 'string')
    report('wrong-type', `${at}/entityId`, entityId, n);
  if (name === undefined) report('missing', `${at}/name`, null, n);
  else if (typeof name !== 'string') report('wrong-type', `${at}/name`, name, n);
  if (stages === undefined) {
    report('missing', `${at}/stages`, null, n);
    return null;
  }
  if (!Array.isArray(stages)) {
    report('wrong-type', `${at}/stages`, stages, n);
    return null;
  }
  if (stages.length > STAGE_SET_MAX_STAGES) {
    // A list this long is refused whole: reading each of thousands of stages helps nobody.
    report('too-many-stages', `${at}/stages`, stages.length, n);
    return null;
  }
  const read = stages.map((stage, i) => readStage(stage, `${at}/stages/${i}`, n, i + 1, report));
  checkWhole(read, at, n, report);
  const valid = read.flatMap((s) => (s.stage ? [{ ...s, stage: s.stage }] : []));
  if (valid.length !== read.length) return null;
  return {
    entityId: typeof entityId === 'string' ? entityId : null,
    name: typeof name === 'string' ? name : '',
    stages: [...valid].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map((s) => s.stage),
  };
}

/** What could be read of one stage: the whole-list rules look at every stage, valid or not. */
interface ReadStage {
  readonly stage: SetStage | null;
  readonly order: number | null;
  readonly code: string | null;
  readonly group: Group | null;
  readonly position: number;
}

/** A name "0" is not kept by Bitrix24 (docs/server-behaviour.md §1.6), so a set may not ask for it. */
const NAME_PROBLEM: Record<StageNameProblem, SetProblemCode> = {
  empty: 'name-empty',
  zero: 'name-zero',
  'too-long': 'name-too-long',
  'control-chars': 'name-control',
};

function readStage(
  raw: unknown,
  at: string,
  n: number,
  position: number,
  report: Report,
): ReadStage {
  if (!isObject(raw)) {
    report('wrong-type', at, raw, n, position);
    return { stage: null, order: null, code: null, group: null, position };
  }
  let ok = true;
  const fail: Report = (...args) => {
    ok = false;
    report(...args);
  };
  const field = (key: string) => {
    const value = raw[key];
    if (value === undefined) fail('missing', `${at}/${key}`, null, n, position);
    return value;
  };
  const order = field('order');
  if (order !== undefined && !(Number.isInteger(order) && (order as number) >= 1))
    fail('order-invalid', `${at}/order`, order, n, position);
  const statusId = field('statusId');
  if (statusId !== undefined && (typeof statusId !== 'string' || !STATUS_CODE.test(statusId)))
    fail('code-invalid', `${at}/statusId`, statusId, n, position);
  const name = field('name');
  let cleanName = '';
  if (typeof name === 'string') {
    const checked = validateFileStageName(name);
    if (checked.ok) cleanName = checked.value;
    else fail(NAME_PROBLEM[checked.reason], `${at}/name`, name, n, position);
  } else if (name !== undefined) fail('wrong-type', `${at}/name`, name, n, position);
  const color = field('color');
  const parsed = typeof color === 'string' && HEX_COLOUR.test(color) ? parseHexColour(color) : null;
  if (color !== undefined && !parsed?.ok) fail('colour', `${at}/color`, color, n, position);
  const group = field('group');
  if (group !== undefined && !GROUPS.includes(group as Group))
    fail('unknown-group', `${at}/group`, group, n, position);
  const known = {
    order: Number.isInteger(order) && (order as number) >= 1 ? (order as number) : null,
    code: typeof statusId === 'string' ? statusId : null,
    group: GROUPS.includes(group as Group) ? (group as Group) : null,
    position,
  };
  if (!ok || !parsed?.ok) return { ...known, stage: null };
  return {
    ...known,
    stage: {
      statusId: statusId as string,
      name: cleanName,
      color: parsed.value,
      group: group as Group,
    },
  };
}

const RANK: Record<Group, number> = { process: 0, success: 1, failure: 2 };

/** Rules over the whole list: one success, a start and a failure, unique codes and orders. */
function checkWhole(stages: readonly ReadStage[], at: string, n: number, report: Report) {
  const count = (group: Group) => stages.filter((s) => s.group === group).length;
  const pointer = `${at}/stages`;
  if (count('success') === 0) report('no-success', pointer, null, n);
  if (count('success') > 1) report('two-success', pointer, count('success'), n);
  if (count('process') === 0) report('no-process', pointer, null, n);
  if (count('failure') === 0) report('no-failure', pointer, null, n);
  // The portal's duplicate check ignores case (docs/server-behaviour.md §1), so does this one.
  const codes = new Set<string>();
  const orders = new Set<number>();
  for (const s of stages) {
    const here = `${pointer}/${s.position - 1}`;
    if (s.code !== null && codes.has(s.code.toUpperCase()))
      report('duplicate-code', `${here}/statusId`, s.code, n, s.position);
    if (s.code !== null) codes.add(s.code.toUpperCase());
    if (s.order !== null && orders.has(s.order))
      report('duplicate-order', `${here}/order`, s.order, n, s.position);
    if (s.order !== null) orders.add(s.order);
  }
  // SEMANTICS fixes a stage's zone, and the zones run in progress, success, failure.
  let highest = 0;
  const ordered = stages.filter((s) => s.order !== null && s.group !== null);
  for (const s of ordered.sort((a, b) => (a.order ?? 0) - (b.order ?? 0))) {
    const rank = RANK[s.group ?? 'process'];
    if (rank < highest)
      report('group-order', `${pointer}/${s.position - 1}/order`, s.order, n, s.position);
    highest = Math.max(highest, rank);
  }
}
