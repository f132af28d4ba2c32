import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    if (text[i] === ',') i += 1;
    let cell = '';
    i += 1; // opening quote
    for (;;) {
      if (text[i] === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (text[i] === '"') {
        i += 1;
        break;
      } else cell += text[i++] ?? '';
    }
    row.push(cell);
  }
  return rows;
}

describe('csv', () => {
  it.each([
    ['plain text', 'Negotiation', '"Negotiation"'],
    ['a quote', 'The "best" stage', '"The ""best"" stage"'],
    ['a comma and a line break', 'a,b\nc', '"a,b\nc"'],
    ['a formula', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['a plus', '+1', `"'+1"`],
    ['a minus', '-2+3', `"'-2+3"`],
    ['an at sign', '@SUM(A1)', `"'@SUM(A1)"`],
    ['a leading tab', '\t=1', `"'\t=1"`],
    ['a number', 42, '"42"'],
  ])('%s', (_what, value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('every cell reads back as its text, a formula never as one (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const back = readCsv(toCsv(rows));
          expect(back).toHaveLength(rows.length);
          back.forEach((row, r) =>
            row.forEach((cell, c) => {
              const original = rows[r]?.[c] ?? '';
              expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
              expect(cell).not.toMatch(/^[=+\-@]/);
            }),
          );
        },
      ),
    );
  });
});
