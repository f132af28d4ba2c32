import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateStatusId, statusIdMaxLength } from './status-id';

const none = new Set<string>();
const gen = (
  name: string,
  existing: Iterable<string> = none,
  prefix: string | null = null,
  maxLength = 50,
) => generateStatusId(name, { existing: new Set(existing), prefix, maxLength, random: () => 0.5 });

describe('generateStatusId', () => {
  it.each([
    ['Negotiation', 'NEGOTIATION'],
    ['  Decision making  ', 'DECISION_MAKING'],
    ['Новая сделка', 'NOVAYA_SDELKA'],
    ['Щука и ёж', 'SHCHUKA_I_EZH'],
    ['Підготовка документів', 'PIDGOTOVKA_DOKUMENTIV'],
    ['Їжак є', 'YIZHAK_YE'],
    ['Қазақ тілі', 'QAZAQ_TILI'],
    ['Өнім ұсыну', 'ONIM_USYNU'],
    ['Größe prüfen', 'GROESSE_PRUEFEN'],
    ['Café crème', 'CAFE_CREME'],
    ['Łódź', 'LODZ'],
    ['Smørrebrød', 'SMORREBROD'],
    ['ÆON', 'AEON'],
    ['A -- B', 'A_B'],
    ['pre-sale', 'PRE-SALE'],
    ['pre--sale', 'PRE-SALE'],
    ['__Won!!!__', 'WON'],
    ['Step 2: call', 'STEP_2_CALL'],
    ['2024', '2024'],
    ['Deal 🚀 launch', 'DEAL_LAUNCH'],
    ['新交易', 'STAGE_I00000'],
    ['🚀🎉', 'STAGE_I00000'],
    ['!!! ??? ...', 'STAGE_I00000'],
    ['', 'STAGE_I00000'],
  ])('turns %j into %s', (name, code) => {
    expect(gen(name)).toBe(code);
  });

  it.each<[string, string[], string | null, string]>([
    ['appends _2 on a collision', ['WON'], null, 'WON_2'],
    ['counts on past taken suffixes', ['WON', 'WON_2', 'WON_3'], null, 'WON_4'],
    ['checks collisions with the prefix', ['C1:WON'], 'C1', 'WON_2'],
    ['ignores the same code in another pipeline', ['C2:WON'], 'C1', 'WON'],
    ['treats codes case-insensitively, as MySQL does', ['c1:won'], 'C1', 'WON_2'],
  ])('%s', (_name, existing, prefix, code) => {
    expect(gen('Won', existing, prefix)).toBe(code);
  });

  it('suffixes a generated code that is already taken', () => {
    expect(gen('新', ['STAGE_I00000'])).toBe('STAGE_I00000_2');
  });

  it('draws a fresh generated code from the random source', () => {
    const code = generateStatusId('🚀', {
      existing: new Set(),
      prefix: null,
      maxLength: 50,
      random: () => 0,
    });
    expect(code).toBe('STAGE_000000');
  });

  it('trims a long name to fit the limit, counting the prefix and colon', () => {
    const code = gen('Very long stage name that goes on and on', none, 'C12', 22);
    expect(code).toBe('VERY_LONG_STAGE_NA');
    expect(`C12:${code}`.length).toBeLessThanOrEqual(22);
  });

  it('trims further to make room for a suffix and never ends in a separator', () => {
    const first = gen('Very long stage name', none, 'C12', 22);
    expect(first).toBe('VERY_LONG_STAGE_NA');
    expect(gen('Very long stage name', [`C12:${first}`], 'C12', 22)).toBe('VERY_LONG_STAGE_2');
  });

  it('refuses a prefix that leaves no room for a code', () => {
    expect(() => gen('Won', none, 'DT177_7', 8)).toThrow(RangeError);
  });

  it('always yields a free, well-formed code that fits, whatever the name and directory', () => {
    const prefixArb = fc.constantFrom(null, 'C1', 'C123', 'DT177_7', 'DT31_5');
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        prefixArb,
        fc.integer({ min: 12, max: 60 }),
        fc.array(fc.stringMatching(/^[A-Z0-9_-]{1,8}$/), { maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (name, prefix, maxLength, taken, r) => {
          const opts = { prefix, maxLength, random: () => r };
          const first = generateStatusId(name, { ...opts, existing: new Set<string>() });
          const full = (code: string) => (prefix === null ? code : `${prefix}:${code}`);
          // Block the first answer and its variants so collisions are exercised.
          const existing = new Set([...taken, first, `${first}_2`].map(full));
          const code = generateStatusId(name, { ...opts, existing });
          expect(code).toMatch(/^[A-Z0-9_-]+$/);
          expect(existing.has(full(code))).toBe(false);
          expect(full(code).length).toBeLessThanOrEqual(maxLength);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('statusIdMaxLength', () => {
  it.each([
    ['STATUS', 21],
    ['QUOTE_STATUS', 22],
    ['DEAL_STAGE', 22],
    ['DEAL_STAGE_1', 22],
    ['DEAL_STAGE_123', 22],
    ['SMART_INVOICE_STAGE_5', 50],
    ['SMART_DOCUMENT_STAGE_13', 50],
    ['DYNAMIC_177_STAGE_7', 50],
    ['SOURCE', 50],
    ['DEAL_TYPE', 50],
  ])('%s allows %d characters', (entityId, limit) => {
    expect(statusIdMaxLength({ entityId })).toBe(limit);
  });

  it.each<[string, string | null]>([
    ['STATUS', null],
    ['DEAL_STAGE', null],
    ['DEAL_STAGE_1', 'C1'],
    ['DEAL_STAGE_123', 'C123'],
    ['SMART_INVOICE_STAGE_5', 'DT31_5'],
    ['DYNAMIC_177_STAGE_7', 'DT177_7'],
  ])('a long name in %s fits with its prefix %s', (entityId, prefix) => {
    const maxLength = statusIdMaxLength({ entityId });
    const code = generateStatusId('Согласование условий договора поставки оборудования', {
      existing: new Set(),
      prefix,
      maxLength,
    });
    expect((prefix === null ? code : `${prefix}:${code}`).length).toBeLessThanOrEqual(maxLength);
    expect(code.startsWith('SOGLASOVANIE')).toBe(true);
  });
});
