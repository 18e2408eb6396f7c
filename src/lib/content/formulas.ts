/** Finds every formula in a Markdown/MDX body and checks that KaTeX can parse it. */
import katex from 'katex';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { math } from 'micromark-extension-math';
import { mathFromMarkdown } from 'mdast-util-math';
import { visit } from 'unist-util-visit';

export interface Formula {
  tex: string;
  display: boolean;
  /** 1-based line in the body. */
  line: number;
}

export interface FormulaError extends Formula {
  message: string;
}

/** Every `$…$` and `$$…$$` formula of a body, as remark-math sees it. */
export function extractFormulas(body: string): Formula[] {
  const tree = fromMarkdown(body, { extensions: [math()], mdastExtensions: [mathFromMarkdown()] });
  const found: Formula[] = [];
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') {
      found.push({ tex: node.value, display: node.type === 'math', line: node.position?.start.line ?? 1 });
    }
  });
  return found;
}

/** The formulas KaTeX rejects, with KaTeX's own message. */
export function checkFormulas(body: string): FormulaError[] {
  const errors: FormulaError[] = [];
  for (const formula of extractFormulas(body)) {
    try {
      katex.renderToString(formula.tex, { displayMode: formula.display, throwOnError: true, strict: 'error' });
    } catch (error) {
      errors.push({ ...formula, message: (error as Error).message });
    }
  }
  return errors;
}
