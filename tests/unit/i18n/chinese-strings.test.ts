// The Chinese interface is held to the same rules as the Chinese pages: the glossary's renderings, full-width
// punctuation next to Chinese (no ", ", ": " or "(" hard-coded into Chinese output) and “…” quotes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ui } from '../../../src/lib/i18n/strings/site.ts';
import { chartStrings } from '../../../src/lib/i18n/strings/charts.ts';
import { mapStrings } from '../../../src/lib/i18n/strings/map.ts';
import { figureStrings } from '../../../src/lib/i18n/strings/figures.ts';
import { notationStrings } from '../../../src/lib/i18n/strings/notation.ts';
import { compileGlossary, findVariants, glossarySchema } from '../../../src/lib/content/glossary.ts';
import { straightQuotes } from '../../../src/lib/content/chinese-text.ts';

const terms = compileGlossary(glossarySchema.parse(parse(readFileSync('content/glossary/zh-CN.yaml', 'utf8'))));
/** Tried in turn for every parameter; a one-item list so that no Latin comma comes from the test itself. */
const SAMPLE_ARGS = [3, 'ResNet', ['模型甲']];

/** Every string a table can produce: plain values, and functions called with sample arguments. */
function texts(table: object, prefix = ''): [string, string][] {
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const name = `${prefix}${key}`;
    if (typeof value === 'string') return [[name, value]];
    if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').map((v, i) => [`${name}[${i}]`, v]);
    if (typeof value === 'function') {
      for (const arg of SAMPLE_ARGS) {
        try {
          const out: unknown = value(...Array.from({ length: value.length }, () => arg));
          if (typeof out === 'string') return [[name, out]];
        } catch {
          // another sample argument may fit
        }
      }
      return [];
    }
    if (value && typeof value === 'object') return texts(value, `${name}.`);
    return [];
  });
}

const HAN = '[\\u4e00-\\u9fff]';
/** A Latin comma, colon or bracket touching Chinese, or a Latin comma or colon followed by a space after it. */
const LATIN_PUNCTUATION = new RegExp(`${HAN}[,:;(]|[,:;)]${HAN}|${HAN}[,:] `);

describe('the Chinese interface strings', () => {
  const all = [
    ...texts(ui('zh-CN'), 'ui.'),
    ...texts(chartStrings('zh-CN'), 'charts.'),
    ...texts(mapStrings('zh-CN'), 'map.'),
    ...texts(figureStrings('zh-CN'), 'figures.'),
    ...texts(notationStrings('zh-CN'), 'notation.'),
  ];

  it('are found', () => {
    expect(all.length).toBeGreaterThan(200);
  });

  it('use the glossary’s renderings', () => {
    expect(all.filter(([, s]) => findVariants(s, terms).length > 0)).toEqual([]);
  });

  it('put no Latin punctuation and no straight quotes next to Chinese', () => {
    expect(all.filter(([, s]) => LATIN_PUNCTUATION.test(s) || straightQuotes(s).length > 0)).toEqual([]);
  });

  it('label planned stations in words a reader understands, not an editor’s note', () => {
    expect(all.filter(([, s]) => s.includes('待写'))).toEqual([]);
  });
});
