// Guards src/lib/site/prune-katex.ts: KaTeX rules for classes on no page are dropped, nothing else is touched,
// and a stylesheet the splitter cannot take apart comes back as it was.
import { describe, expect, it } from 'vitest';
import { classesOf, pruneKatexRules } from '../../../src/lib/site/prune-katex.ts';

const used = classesOf(['<p class="x"><span class="katex"><span class="mord  mathnormal">x</span></span></p>']);

describe('pruning KaTeX rules to the classes the site uses', () => {
  it('collects every class of every page', () => {
    expect([...used].sort()).toEqual(['katex', 'mathnormal', 'mord', 'x']);
  });

  it('drops a KaTeX rule whose classes are on no page and keeps one whose classes all are', () => {
    const css = '.katex .mord{color:red}.katex .sizing.reset-size1.size1{font-size:1em}';
    expect(pruneKatexRules(css, used)).toBe('.katex .mord{color:red}');
  });

  it('keeps the live selectors of a rule and drops only the dead ones', () => {
    expect(pruneKatexRules('.katex .mord,.katex .mfrac{margin:0}', used)).toBe('.katex .mord{margin:0}');
  });

  it('never drops the site’s own rules, whose classes scripts may add', () => {
    const css = '.is-open .menu{display:block}.katex .mbin{x:1}';
    expect(pruneKatexRules(css, used)).toBe('.is-open .menu{display:block}');
  });

  it('keeps at-rules whole: font faces and media blocks', () => {
    const css =
      '@font-face{font-family:KaTeX_Main;src:url(a.woff2)}@media print{.katex .mbin{x:1}}.katex{font:1em KaTeX_Main}';
    expect(pruneKatexRules(css, used)).toBe(css);
  });

  it('drops a KaTeX font face once no remaining rule names its family', () => {
    const face = (family: string) => `@font-face{font-family:${family};src:url(${family}.woff2)}`;
    const css = `${face('KaTeX_Main')}${face('KaTeX_Fraktur')}${face('Site_Sans')}.katex{font:1em KaTeX_Main}.katex .mathfrak{font-family:KaTeX_Fraktur}`;
    expect(pruneKatexRules(css, used)).toBe(`${face('KaTeX_Main')}${face('Site_Sans')}.katex{font:1em KaTeX_Main}`);
  });

  it('returns a stylesheet it cannot split exactly (a comment) unchanged', () => {
    const css = '/* note */.katex .mbin{x:1}';
    expect(pruneKatexRules(css, used)).toBe(css);
  });
});
