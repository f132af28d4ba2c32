/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { serialiseStageSet } from './stage-set';
import { TEMPLATE_IDS, templateSet, type TemplateLang } from './stage-set-templates';
import { parseStageSet, type SetProblemCode } from './stage-set-validate';

/**
 * The published schema (docs/stage-set.schema.json) and the app's validator must say the same of
 * every file: the templates in every language and the example files used by the e2e suite. Where
 * JSON Schema cannot state a rule (docs/stage-set.md: unique codes and orders, groups in order)
 * the schema accepts what the validator refuses, and only for those rules.
 */
const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('docs/stage-set.schema.json', root), 'utf8'));
const validateWithSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const SCHEMA_CANNOT: readonly SetProblemCode[] = [
  'duplicate-code',
  'duplicate-order',
  'group-order',
];

function bothOf(text: string) {
  const app = parseStageSet(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { app, schema: false };
  }
  return { app, schema: validateWithSchema(json) };
}

const filesDir = new URL('e2e/stage-set-files/', root);
const files = readdirSync(filesDir).filter((f: string) => f.endsWith('.json'));

describe('stage-set schema and validator agree', () => {
  it.each(files)('%s', (file: string) => {
    const { app, schema: schemaOk } = bothOf(readFileSync(new URL(file, filesDir), 'utf8'));
    expect(app.ok).toBe(file.startsWith('good-'));
    if (schemaOk === app.ok) return;
    // Only the rules JSON Schema cannot state may split them.
    expect(schemaOk).toBe(true);
    expect(
      app.ok ? [] : app.problems.map((p) => p.code).filter((c) => !SCHEMA_CANNOT.includes(c)),
    ).toEqual([]);
  });

  const langs: TemplateLang[] = ['en', 'ru', 'de'];
  it.each(TEMPLATE_IDS.flatMap((id) => langs.map((lang) => [id, lang] as const)))(
    'template %s in %s',
    (id, lang) => {
      const text = serialiseStageSet({
        exportedAt: '2026-11-30T10:00:00.000Z',
        portal: null,
        directories: [templateSet(id, lang)],
      });
      const { app, schema: schemaOk } = bothOf(text);
      expect(app.ok).toBe(true);
      expect(schemaOk, JSON.stringify(validateWithSchema.errors)).toBe(true);
    },
  );
});

describe('a stage name: schema and validator say the same', () => {
  const good = readFileSync(new URL('good-one.json', filesDir), 'utf8');
  const withName = (name: string) => {
    const json = JSON.parse(good);
    json.directories[0].stages[1].name = name;
    return JSON.stringify(json);
  };
  const x = (n: number) => 'x'.repeat(n);
  // [name, accepted]. Names are exported exactly, so the limit is on the name as the file holds
  // it (docs/stage-set.md, Fields); only emptiness looks past invisible characters at the ends.
  const NAMES: [string, string, boolean][] = [
    ['100 characters', x(100), true],
    ['100 characters and a space after them', `${x(100)} `, false],
    ['a space and 99 characters', ` ${x(99)}`, true],
    ['101 characters', x(101), false],
    ['spaces around a short name', '  Won  ', true],
    ['100 emoji (200 UTF-16 units)', '😀'.repeat(100), true],
    ['101 emoji', '😀'.repeat(101), false],
    ['an emoji sequence joined by ZWJ', '👩‍💻 Dev', true],
    ['only a zero-width space', '\u200b', false],
    ['only invisible characters', '\u00a0\u200b\u3164 ', false],
    ['a zero-width joiner after the name', 'Won\u200d', true],
    ['a newline after the name', 'Won\n', false],
    ['a tab before the name', '\tWon', false],
    ['a bidi override inside', 'a\u202eb', false],
    ['a lone surrogate', 'Won\ud800', false],
    // Bitrix24 keeps the old name for "0" once trimmed, and only for "0" (PHP's empty(),
    // docs/server-behaviour.md §1.6).
    ['0', '0', false],
    ['0 with spaces around it', ' 0  ', false],
    ['0 between a no-break space and a zero-width space', '\u00a00\u200b', false],
    ['0 with a Hangul filler after it', '0\u3164', false],
    ['00', '00', true],
    ['0.0', '0.0', true],
    ['-0', '-0', true],
    ['0 0', '0 0', true],
    ['0 leading a longer name', '0 days', true],
    ['a fullwidth zero', '\uff10', true],
  ];
  it.each(NAMES)('%s', (_what, name, accepted) => {
    const { app, schema: schemaOk } = bothOf(withName(name));
    expect(app.ok, 'the app').toBe(accepted);
    expect(schemaOk, JSON.stringify(validateWithSchema.errors)).toBe(accepted);
  });
});
