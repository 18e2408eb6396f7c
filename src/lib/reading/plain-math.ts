/**
 * Typesets the simplest inline formulas — a kernel size like `$3\times3$`, a lone variable like `$k$` — as
 * plain text in KaTeX's fonts instead of through KaTeX.
 *
 * Why: KaTeX writes every formula twice, as MathML for assistive technology and as positioned spans for the
 * eye; `$3\times3$` becomes 676 bytes. A fifth of the atlas's inline formulas are such sizes and a tenth single
 * letters, so on VGG's page they were 17 KB of 82 KB (0.6 KB gzip) for what is, in the reader's eyes and ears,
 * just "3 × 3" or "k" (issue 27).
 *
 * Rule: only what renders the same either way is taken: numbers and single Latin letters joined by `\times`.
 * The text sits in `span.katex` (KaTeX_Main at KaTeX's size), letters in `.mathnormal` (KaTeX_Math italic)
 * as KaTeX sets them, `×` has KaTeX's medium space (4/18 em, U+205F) on each side, and the run is one
 * KaTeX `.base` so a line never breaks inside a size (KaTeX would break only after the `×`). Anything else — a
 * power, an index, a Greek letter, a command — goes to KaTeX unchanged. Runs before rehype-katex, which then
 * skips the spans. Pure: hast in, hast out.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const TOKEN = String.raw`(?:\d+(?:\.\d+)?|[A-Za-z])`;
const PLAIN = new RegExp(String.raw`^\s*${TOKEN}(?:\s*\\times\s*${TOKEN})*\s*$`);
const MEDIUM_SPACE = '\u205f';

/** The hast of a plain formula, or undefined when KaTeX must set it. */
export function plainFormula(tex: string): Element | undefined {
  if (!PLAIN.test(tex)) return undefined;
  const children: ElementContent[] = [];
  tex
    .trim()
    .split(/\s*\\times\s*/)
    .forEach((token, i) => {
      if (i > 0) children.push({ type: 'text', value: `${MEDIUM_SPACE}×${MEDIUM_SPACE}` });
      children.push(
        /^[A-Za-z]$/.test(token)
          ? {
              type: 'element',
              tagName: 'i',
              properties: { className: ['mathnormal'] },
              children: [{ type: 'text', value: token }],
            }
          : { type: 'text', value: token },
      );
    });
  const base: Element = { type: 'element', tagName: 'span', properties: { className: ['base'] }, children };
  return { type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [base] };
}

const classesOf = (element: Element): unknown[] =>
  Array.isArray(element.properties.className) ? element.properties.className : [];

/** The text of remark-math's inline formula element (`<code class="language-math math-inline">`). */
const texOf = (element: Element): string => element.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

/** Rehype plugin: replaces the plain inline formulas of a page before KaTeX sees them. */
export default function rehypePlainMath() {
  return (tree: Root): void => {
    visit(tree, 'element', (element, index, parent) => {
      if (parent === undefined || index === undefined || !classesOf(element).includes('math-inline')) return;
      const plain = plainFormula(texOf(element));
      if (plain) parent.children[index] = plain;
    });
  };
}
