import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { StageNameProblem, StageNameResult } from './stage-name';
import {
  STAGE_NAME_MAX_LENGTH,
  trimStageName,
  validateFileStageName,
  validateStageName,
} from './stage-name';

const ok = (value: string): StageNameResult => ({ ok: true, value });
const no = (reason: StageNameProblem): StageNameResult => ({ ok: false, reason });

describe('validateStageName', () => {
  it.each<[string, string, ReturnType<typeof validateStageName>]>([
    ['a plain name', 'Negotiation', ok('Negotiation')],
    ['the empty string', '', no('empty')],
    ['spaces only', '     ', no('empty')],
    ['tabs and newlines only', '\t\n\r\n', no('empty')],
    ['no-break and ideographic spaces only', '\u00A0\u3000\u2007', no('empty')],
    ['zero-width characters only', '\u200B\u200C\u200D\u2060\uFEFF', no('empty')],
    ['bidi marks only', '\u200E\u200F\u061C', no('empty')],
    ['a Hangul filler (a common "blank" name)', '\u3164', no('empty')],
    ['a soft hyphen only', '\u00AD', no('empty')],
    ['10,000 characters', 'a'.repeat(10_000), no('too-long')],
    ['exactly the limit', 'b'.repeat(STAGE_NAME_MAX_LENGTH), ok('b'.repeat(STAGE_NAME_MAX_LENGTH))],
    ['one over the limit', 'b'.repeat(STAGE_NAME_MAX_LENGTH + 1), no('too-long')],
    [
      'the limit in emoji (counted as characters, not UTF-16 units)',
      '🚀'.repeat(100),
      ok('🚀'.repeat(100)),
    ],
    ['the limit plus surrounding spaces', ` ${'c'.repeat(100)} `, ok('c'.repeat(100))],
    ['surrounding spaces', '  Won  ', ok('Won')],
    ['surrounding no-break spaces and BOM', '\uFEFF\u00A0Won\u00A0', ok('Won')],
    ['surrounding zero-width spaces', '\u200BWon\u200B', ok('Won')],
    ['a trailing newline from a paste', 'Won\n', ok('Won')],
    ['Hebrew (RTL)', 'עסקה חדשה', ok('עסקה חדשה')],
    ['Arabic (RTL)', 'صفقة جديدة', ok('صفقة جديدة')],
    ['mixed RTL and LTR with an inner RLM', 'CRM \u200Fעסקה', ok('CRM \u200Fעסקה')],
    ['an RTL override', 'abc\u202Egpj.exe', no('control-chars')],
    ['a lone RTL embedding at the start', '\u202BName', no('control-chars')],
    ['a bidi isolate', 'Stage \u2066x\u2069', no('control-chars')],
    ['a ZWJ family emoji', '👨‍👩‍👧 Family', ok('👨‍👩‍👧 Family')],
    ['an emoji with a variation selector', 'Hot ❤️', ok('Hot ❤️')],
    ['a flag emoji', '🇰🇿 Kazakhstan', ok('🇰🇿 Kazakhstan')],
    ['Persian with ZWNJ inside', 'می‌خواهم', ok('می‌خواهم')],
    ['a NUL byte', 'Won\u0000', no('control-chars')],
    ['a newline inside', 'Line 1\nLine 2', no('control-chars')],
    ['a tab inside', 'A\tB', no('control-chars')],
    ['an escape sequence', '\u001B[31mRed', no('control-chars')],
    ['DEL', 'A\u007FB', no('control-chars')],
    ['a C1 control (NEL)', 'A\u0085B', no('control-chars')],
    ['a lone surrogate', 'A\uD800B', no('control-chars')],
    [
      'a script tag (escaping is the renderer’s job)',
      '<script>alert(1)</script>',
      ok('<script>alert(1)</script>'),
    ],
    ['an img onerror payload', '<img src=x onerror=alert(1)>', ok('<img src=x onerror=alert(1)>')],
    ['a javascript: URL', 'javascript:alert(1)', ok('javascript:alert(1)')],
    ['double and single quotes', `"Quoted" 'stage'`, ok(`"Quoted" 'stage'`)],
    ['backslashes', 'C:\\path\\to', ok('C:\\path\\to')],
    ['an SQL fragment', "'; DROP TABLE b_crm_status; --", ok("'; DROP TABLE b_crm_status; --")],
    ['a template placeholder', '{{constructor}} ${x} #{y}', ok('{{constructor}} ${x} #{y}')],
    ['__proto__', '__proto__', ok('__proto__')],
    ['Cyrillic', 'Новая сделка', ok('Новая сделка')],
    ['Chinese', '新交易', ok('新交易')],
    ['combining diacritics kept as typed', 'Cafe\u0301', ok('Cafe\u0301')],
    ['Zalgo text', 'Z̴̡̛a̷l̸g̵o̶', ok('Z̴̡̛a̷l̸g̵o̶')],
    ['a single character', 'X', ok('X')],
    ['a digit-only name', '7', ok('7')],
    // Bitrix24 keeps the old name for "0" (PHP's empty(), docs/server-behaviour.md §1.6) ...
    ['the name 0', '0', no('zero')],
    ['0 with spaces around it', ' 0 ', no('zero')],
    ['0 with a tab and a newline around it', '\t0\n', no('zero')],
    ['0 between no-break spaces and a BOM', '\uFEFF\u00A00\u00A0', no('zero')],
    ['0 after a zero-width space', '\u200B0', no('zero')],
    // ... and only for "0": PHP's empty() is false for every other non-empty string.
    ['00', '00', ok('00')],
    ['0.0', '0.0', ok('0.0')],
    ['-0', '-0', ok('-0')],
    ['+0', '+0', ok('+0')],
    ['0 0', '0 0', ok('0 0')],
    ['0 with a ZWJ inside a longer name', '0\u200D0', ok('0\u200D0')],
    ['a fullwidth zero', '\uFF10', ok('\uFF10')],
    ['the letter O', 'O', ok('O')],
    ['0 as the start of a name', '0 stages left', ok('0 stages left')],
    ['percent-encoding and HTML entities', '%3Cb%3E &lt;b&gt;', ok('%3Cb%3E &lt;b&gt;')],
  ])('%s', (_name, raw, expected) => {
    expect(validateStageName(raw)).toEqual(expected);
  });

  it('accepts every printable name up to the limit unchanged once trimmed', () => {
    const printable = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      // "0" is printable but not kept by Bitrix24; the next two properties cover it.
      .filter((s) => s !== '0')
      .filter((s) => !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s\u3164\u115F\u1160\uFFA0]/u.test(s));
    fc.assert(
      fc.property(printable, (name) => {
        expect(validateStageName(` ${name} `)).toEqual({ ok: true, value: name });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses "0" whatever invisible characters surround it', () => {
    const invisible = fc.constantFrom(' ', '\t', '\n', '\u00A0', '\u3000', '\u200B', '\uFEFF');
    const edge = fc.array(invisible, { maxLength: 4 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(edge, edge, (before, after) => {
        expect(validateStageName(`${before}0${after}`)).toEqual(no('zero'));
      }),
      { numRuns: 300 },
    );
  });

  it('says "zero" when, and only when, the trimmed name is "0"', () => {
    const invisible = fc.constantFrom(' ', '\t', '\u00A0', '\u200B', '\uFEFF');
    const edge = fc.array(invisible, { maxLength: 3 }).map((chars) => chars.join(''));
    const core = fc.oneof(
      fc.constantFrom('0', '00', '0.0', '-0', 'O', '0\u200D', '\uFF10'),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    const raw = fc
      .tuple(edge, core, edge)
      .map(([before, middle, after]) => before + middle + after);
    fc.assert(
      fc.property(raw, (name) => {
        const result = validateStageName(name);
        const zero = !result.ok && result.reason === 'zero';
        expect(zero, JSON.stringify(name)).toBe(trimStageName(name) === '0');
      }),
      { numRuns: 1000 },
    );
  });

  it('never returns a value with invisible edges, controls or too many characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (raw) => {
        const result = validateStageName(raw);
        if (!result.ok) return;
        expect(result.value).toBe(result.value.trim());
        // eslint-disable-next-line no-control-regex -- asserting no control characters survive
        expect(result.value).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
        expect([...result.value].length).toBeLessThanOrEqual(STAGE_NAME_MAX_LENGTH);
      }),
      { numRuns: 500 },
    );
  });
});

describe('validateFileStageName', () => {
  // A file's name is checked as the file holds it, except for emptiness and "0", which look
  // past the invisible edges as the portal would after the app trims it.
  it.each<[string, string, StageNameResult]>([
    ['a plain name, trimmed for sending', ' Won ', ok('Won')],
    ['spaces only', '   ', no('empty')],
    ['the name 0', '0', no('zero')],
    ['0 with spaces around it', '  0  ', no('zero')],
    ['0 after a zero-width space', '\u200B0', no('zero')],
    ['00', '00', ok('00')],
    ['0.0 with a space after it', '0.0 ', ok('0.0')],
    ['a newline after a name', 'Won\n', no('control-chars')],
    ['100 characters and a space after them', `${'x'.repeat(100)} `, no('too-long')],
  ])('%s', (_name, raw, expected) => {
    expect(validateFileStageName(raw)).toEqual(expected);
  });
});
