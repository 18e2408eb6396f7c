/**
 * Finds every formula in an entry's syntax tree and checks that KaTeX can parse it. KaTeX's commands that
 * link, load an image or write HTML (\href, \url, \includegraphics, \html…) are refused too: the build renders
 * them as red error text, and a formula is mathematics, not a way to put a link or a resource on the page.
 */
import katex from 'katex';
import type { Root } from 'mdast';
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
export function extractFormulas(tree: Root): Formula[] {
  const found: Formula[] = [];
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') {
      found.push({ tex: node.value, display: node.type === 'math', line: node.position?.start.line ?? 1 });
    }
  });
  return found;
}

/** The formulas KaTeX rejects, with KaTeX's own message, and those that use a command needing trust. */
export function checkFormulas(tree: Root): FormulaError[] {
  return extractFormulas(tree).flatMap((formula) => checkFormula(formula) ?? []);
}

/** One formula's problem, if any (also used for the formulas of method files, which are not prose). */
export function checkFormula(formula: Formula): FormulaError | undefined {
  const untrusted: string[] = [];
  try {
    katex.renderToString(formula.tex, {
      displayMode: formula.display,
      throwOnError: true,
      strict: 'error',
      trust: (context) => {
        untrusted.push(context.command);
        return false;
      },
    });
  } catch (error) {
    return { ...formula, message: (error as Error).message };
  }
  if (untrusted.length > 0)
    return { ...formula, message: `${untrusted[0]} is not allowed in a formula (no links, images or HTML)` };
  return undefined;
}
