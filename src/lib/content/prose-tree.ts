/**
 * Parses an entry's MDX body into its syntax tree, with the syntax the build's MDX pipeline reads: MDX
 * (JSX, expressions, import/export), GFM (tables, autolinks, footnotes) and remark-math's `$…$`. Every prose
 * check walks this tree, so what a check sees is what the page would render; parsing is linear in the body.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath).freeze();

/** The first syntax error of a body: its 1-based line in the body and the parser's message. */
export interface ProseSyntaxError {
  line: number;
  message: string;
}

/** The body's tree, or its first syntax error (a stray `<` or `{`, an unclosed tag). */
export function parseProse(body: string): { tree: Root } | { error: ProseSyntaxError } {
  try {
    return { tree: parser.parse(body) };
  } catch (error) {
    const e = error as { message: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    return { error: { line, message: e.message.split('\n')[0] ?? e.message } };
  }
}
