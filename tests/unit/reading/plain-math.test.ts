// Guards src/lib/reading/plain-math.ts: only sizes and lone letters skip KaTeX, set as KaTeX sets them;
// every other formula, and every display formula, is left for KaTeX.
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import rehypePlainMath, { plainFormula } from '../../../src/lib/reading/plain-math.ts';

const html = (tex: string) => {
  const el = plainFormula(tex);
  return el && toHtml(el);
};
const mathCode = (tex: string, kind: 'math-inline' | 'math-display'): Element => ({
  type: 'element',
  tagName: 'code',
  properties: { className: ['language-math', kind] },
  children: [{ type: 'text', value: tex }],
});

describe('plain inline formulas', () => {
  it('sets a size as numbers with KaTeX’s medium space around the times sign, held on one line', () => {
    expect(html('3\\times3')).toBe('<span class="katex"><span class="base">3\u205f×\u205f3</span></span>');
    expect(html(' 224 \\times 224 \\times 3 ')).toBe(
      '<span class="katex"><span class="base">224\u205f×\u205f224\u205f×\u205f3</span></span>',
    );
  });

  it('sets a lone Latin letter, or letters in a size, in KaTeX’s math italic', () => {
    expect(html('k')).toBe('<span class="katex"><span class="base"><i class="mathnormal">k</i></span></span>');
    expect(html('k\\times k')).toBe(
      '<span class="katex"><span class="base"><i class="mathnormal">k</i>\u205f×\u205f<i class="mathnormal">k</i></span></span>',
    );
  });

  it('leaves powers, indices, Greek letters, commands and words to KaTeX', () => {
    for (const tex of ['56^2', 'W_s', '\\gamma', '\\mathbf{x}', 'xy', '3\\times', '1,000', '-1', 'k\\cdot k'])
      expect(html(tex), tex).toBeUndefined();
  });

  it('replaces only inline formula elements in a tree, never display ones', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [mathCode('7\\times7', 'math-inline'), mathCode('\\alpha', 'math-inline')],
        },
        { type: 'element', tagName: 'pre', properties: {}, children: [mathCode('3', 'math-display')] },
      ],
    };
    rehypePlainMath()(tree);
    expect(toHtml(tree)).toBe(
      '<p><span class="katex"><span class="base">7\u205f×\u205f7</span></span><code class="language-math math-inline">\\alpha</code></p>' +
        '<pre><code class="language-math math-display">3</code></pre>',
    );
  });
});
