import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COLOURS,
  defaultColourFor,
  normalisePortalColour,
  parseHexColour,
  STAGE_PALETTE,
  textOnColour,
} from './colour';

describe('parseHexColour', () => {
  it.each([
    ['#39A8EF', '#39a8ef'],
    ['#39a8ef', '#39a8ef'],
    ['39A8EF', '#39a8ef'],
    ['#abc', '#aabbcc'],
    ['ABC', '#aabbcc'],
    ['  #FfF  ', '#ffffff'],
    ['\t#000000\n', '#000000'],
    ['add', '#aadddd'],
  ])('accepts %j as %s', (input, value) => {
    expect(parseHexColour(input)).toEqual({ ok: true, value });
  });

  it.each([
    '',
    '   ',
    '#',
    'red',
    'transparent',
    'currentColor',
    'rgb(255, 0, 0)',
    'rgba(0,0,0,0.5)',
    'hsl(0 100% 50%)',
    'url(javascript:alert(1))',
    'url(x)',
    'red;background:url(x)',
    '#fff;background:url(x)',
    '#ffffff;',
    '#ffff',
    '#ffffffff',
    '#12345',
    '#1234567',
    '##abc',
    '#ggg',
    '#12 345',
    '0x39a8ef',
    'expression(alert(1))',
    '#39a8ef</style><script>',
    '#ａｂｃ', // full-width letters look like hex, are not
    '#abc\u0000',
    'var(--x)',
  ])('refuses %j', (input) => {
    expect(parseHexColour(input)).toEqual({ ok: false, reason: 'format' });
  });

  it('accepts every palette entry and every default colour unchanged', () => {
    const all = [
      ...STAGE_PALETTE.flat(),
      ...DEFAULT_COLOURS.process,
      DEFAULT_COLOURS.success,
      DEFAULT_COLOURS.failure,
    ];
    for (const colour of all) expect(parseHexColour(colour)).toEqual({ ok: true, value: colour });
  });
});

describe('normalisePortalColour', () => {
  it.each<[unknown, string | null]>([
    ['#39A8EF', '#39a8ef'],
    ['#ACE9FB', '#ace9fb'],
    ['fff', '#ffffff'],
    ['', null],
    [null, null],
    [undefined, null],
    [0x39a8ef, null],
    [['#39a8ef'], null],
    [{ toString: () => '#39a8ef' }, null],
    ['red', null],
    ['#39a8ef; background: url(x)', null],
  ])('reads %j as %j', (raw, expected) => {
    expect(normalisePortalColour(raw)).toBe(expected);
  });
});

describe('textOnColour', () => {
  it.each<[string, 'dark' | 'light']>([
    ['#ffffff', 'dark'],
    ['#000000', 'light'],
    ['#808080', 'dark'], // brightness exactly 128: dark text
    ['#01bd93', 'dark'], // 1*299 + 189*587 + 147*114 = 128000 → exactly 128
    ['#7f7f7f', 'light'], // 127
    ['#00ade8', 'light'], // 127.999: just below the threshold
    ['#39a8ef', 'dark'],
    ['#ff5752', 'dark'],
    ['#7bd500', 'dark'],
    ['#0000ff', 'light'],
    ['#2e2d93', 'light'],
    ['#ace9fb', 'dark'],
    ['FFF', 'dark'],
    ['not a colour', 'dark'],
  ])('%s takes %s text', (hex, expected) => {
    expect(textOnColour(hex)).toBe(expected);
  });
});

describe('STAGE_PALETTE', () => {
  it('has 7 rows of 16 distinct lower-case colours', () => {
    expect(STAGE_PALETTE).toHaveLength(7);
    for (const row of STAGE_PALETTE) expect(row).toHaveLength(16);
    expect(new Set(STAGE_PALETTE.flat()).size).toBe(112);
  });
});

describe('defaultColourFor', () => {
  it.each<[Parameters<typeof defaultColourFor>[0], number, string]>([
    ['process', 0, '#39a8ef'],
    ['process', 1, '#2fc6f6'],
    ['process', 4, '#ffa900'],
    ['process', 5, '#39a8ef'],
    ['process', 12, '#55d0e0'],
    ['process', -1, '#ffa900'],
    ['success', 0, '#7bd500'],
    ['success', 3, '#7bd500'],
    ['failure', 0, '#ff5752'],
    ['failure', 7, '#ff5752'],
  ])('%s stage #%d is %s', (group, index, expected) => {
    expect(defaultColourFor(group, index)).toBe(expected);
  });
});
