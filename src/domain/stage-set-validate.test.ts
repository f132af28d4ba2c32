import { describe, expect, it } from 'vitest';
import { readStageSetFile, readStageSetText } from './stage-set-file';
import { parseStageSet, validateStageSet } from './stage-set-validate';

const stage = (order: number, statusId: string, group: string, extra: object = {}) => ({
  order,
  statusId,
  name: `Stage ${order}`,
  color: '#39a8ef',
  group,
  ...extra,
});
const valid = () => ({
  format: 'stage-set',
  version: 1,
  exportedAt: '2026-11-30T10:00:00.000Z',
  portal: 'example.bitrix24.com',
  directories: [
    {
      entityId: 'DEAL_STAGE',
      name: 'Sales',
      stages: [stage(1, 'NEW', 'process'), stage(2, 'WON', 'success'), stage(3, 'LOSE', 'failure')],
    },
  ],
});
const withStages = (...stages: object[]) => ({
  ...valid(),
  directories: [{ name: 'Sales', stages }],
});
const problems = (json: unknown) => {
  const verdict = validateStageSet(json);
  return verdict.ok ? [] : verdict.problems.map((p) => [p.code, p.pointer, p.value]);
};

describe('validateStageSet', () => {
  it('reads a valid set: stages by order, colours normalised, names trimmed', () => {
    const json = withStages(
      stage(3, 'LOSE', 'failure'),
      stage(1, 'NEW', 'process', { name: '  <b>New</b>  ', color: '#ABC' }),
      stage(2, 'WON', 'success'),
    );
    const verdict = validateStageSet(json);
    expect(verdict.ok && verdict.set.directories[0]?.stages).toEqual([
      { statusId: 'NEW', name: '<b>New</b>', color: '#aabbcc', group: 'process' },
      { statusId: 'WON', name: 'Stage 2', color: '#39a8ef', group: 'success' },
      { statusId: 'LOSE', name: 'Stage 3', color: '#39a8ef', group: 'failure' },
    ]);
  });

  it.each([
    ['another format', { ...valid(), format: 'other' }, [['format', '/format', 'other']]],
    ['another version', { ...valid(), version: 2 }, [['version', '/version', '2']]],
    ['no exportedAt', { ...valid(), exportedAt: undefined }, [['missing', '/exportedAt', null]]],
    ['a bad date', { ...valid(), exportedAt: 'soon' }, [['exported-at', '/exportedAt', 'soon']]],
    ['no directories', { ...valid(), directories: [] }, [['no-directories', '/directories', null]]],
    ['not an object', [1, 2], [['not-an-object', '', null]]],
  ])('%s', (_, json, expected) => {
    expect(problems(json)).toEqual(expected);
  });

  it('reports every problem of every stage, each with its place', () => {
    const json = withStages(
      stage(1, 'NEW', 'won'),
      stage(2, 'new', 'process', { name: '   ', color: 'red' }),
      stage(3, 'A:B', 'process', { name: 'x'.repeat(101) }),
      stage(3, 'C', 'process', { name: 'tab\there' }),
    );
    expect(problems(json)).toEqual([
      ['unknown-group', '/directories/0/stages/0/group', 'won'],
      ['name-empty', '/directories/0/stages/1/name', '   '],
      ['colour', '/directories/0/stages/1/color', 'red'],
      ['code-invalid', '/directories/0/stages/2/statusId', 'A:B'],
      ['name-too-long', '/directories/0/stages/2/name', `${'x'.repeat(59)}…`],
      ['name-control', '/directories/0/stages/3/name', 'tab\there'],
      ['no-success', '/directories/0/stages', null],
      ['no-failure', '/directories/0/stages', null],
      ['duplicate-code', '/directories/0/stages/1/statusId', 'new'],
      ['duplicate-order', '/directories/0/stages/3/order', '3'],
    ]);
  });

  // Bitrix24 keeps the old name when asked for "0" once trimmed (docs/server-behaviour.md §1.6),
  // and only then: PHP's empty() is false for every other non-empty string.
  it.each<[string, string, unknown[][]]>([
    ['the name 0', '0', [['name-zero', '/directories/0/stages/1/name', '0']]],
    ['0 with spaces around it', '  0 ', [['name-zero', '/directories/0/stages/1/name', '  0 ']]],
    [
      '0 after a zero-width space',
      '\u200b0',
      [['name-zero', '/directories/0/stages/1/name', '\u200b0']],
    ],
    ['00', '00', []],
    ['0.0', '0.0', []],
    ['-0', '-0', []],
    ['0 leading a longer name', '0 days', []],
  ])('a stage named %s', (_, name, expected) => {
    const json = withStages(
      stage(1, 'NEW', 'process'),
      stage(2, 'WON', 'success', { name }),
      stage(3, 'LOSE', 'failure'),
    );
    expect(problems(json)).toEqual(expected);
  });

  it('finds duplicate codes (case ignored), two success stages and groups out of order', () => {
    const json = withStages(
      stage(1, 'NEW', 'process'),
      stage(2, 'WON', 'success'),
      stage(3, 'won', 'success'),
      stage(4, 'LOSE', 'failure'),
      stage(5, 'LATE', 'process'),
    );
    expect(problems(json)).toEqual([
      ['two-success', '/directories/0/stages', '2'],
      ['duplicate-code', '/directories/0/stages/2/statusId', 'won'],
      ['group-order', '/directories/0/stages/4/order', '5'],
    ]);
  });

  it('refuses more than 500 stages at once', () => {
    const many = Array.from({ length: 501 }, (_, i) => stage(i + 1, `S${i}`, 'process'));
    expect(problems(withStages(...many))).toEqual([
      ['too-many-stages', '/directories/0/stages', '501'],
    ]);
  });

  it('malformed JSON says where', () => {
    const verdict = parseStageSet('{\n  "format": "stage-set",,\n}');
    expect(verdict.ok ? null : verdict.problems[0]).toMatchObject({
      code: 'malformed-json',
      value: expect.stringMatching(/^2:\d+$/),
    });
  });
});

describe('readStageSetFile', () => {
  it('takes UTF-8 text, with or without a byte order mark', () => {
    const text = '{"a":"Новая"}';
    expect(readStageSetText(text)).toEqual({ ok: true, text });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(readStageSetFile(bom)).toEqual({ ok: true, text });
  });
  it.each([
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['a NUL byte', new TextEncoder().encode('{"a":\u0000}')],
  ])('refuses %s as binary', (_, bytes) => {
    expect(readStageSetFile(bytes)).toMatchObject({ ok: false, problem: 'binary' });
  });
  it('refuses more than 1 MB by its size, before reading it', () => {
    expect(readStageSetFile(new Uint8Array(0), 1024 * 1024 + 1)).toMatchObject({
      ok: false,
      problem: 'too-large',
    });
  });
});
