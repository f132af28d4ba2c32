/**
 * A small ICU-style formatter: `{name}` placeholders and `{n, plural, one {...} few {...} other
 * {...}}` chosen by Intl.PluralRules (Russian needs one/few/many/other). Values are inserted as
 * plain text; React renders the result as text, never as HTML.
 */
export type MessageValues = Readonly<Record<string, string | number>>;

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function pluralForms(body: string): Map<string, string> {
  const forms = new Map<string, string>();
  const re = /\s*([a-z=0-9]+)\s*\{/g;
  let at = 0;
  while (at < body.length) {
    re.lastIndex = at;
    const m = re.exec(body);
    if (!m || m[1] === undefined) break;
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(body, open);
    if (close < 0) break;
    forms.set(m[1], body.slice(open + 1, close));
    at = close + 1;
  }
  return forms;
}

export function formatMessage(template: string, values: MessageValues, locale: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    if (close < 0) {
      out += template.slice(open);
      break;
    }
    const inner = template.slice(open + 1, close);
    const [name = '', kind, ...rest] = inner.split(',');
    const value = values[name.trim()];
    if (kind?.trim() === 'plural') {
      const n = Number(value);
      const forms = pluralForms(rest.join(','));
      const form =
        forms.get(`=${n}`) ??
        forms.get(new Intl.PluralRules(locale).select(n)) ??
        forms.get('other');
      out += (form ?? '').replaceAll('#', new Intl.NumberFormat(locale).format(n));
    } else {
      out += value === undefined ? `{${inner}}` : String(value);
    }
    i = close + 1;
  }
  return out;
}
