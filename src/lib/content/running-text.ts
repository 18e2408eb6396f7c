/**
 * The running text of a page: what a reader reads as sentences, block by block, taken from the MDX tree.
 * Code, math, link targets, images and component props are not running text; where one sits inside a
 * sentence it leaves a mark (U+FFFC) so that no word is found across it. Every block keeps a map back to
 * source lines, so a text check can name the line a word is on.
 */
import type { Nodes, Root } from 'mdast';

/** Stands in for code, math and other non-text inside a sentence. */
export const NOT_TEXT = '\uFFFC';

export interface TextBlock {
  text: string;
  /** Headings are running text for spelling, but not where a term is introduced. */
  heading: boolean;
  /** Where each piece of `text` came from: its start in `text` and the source line it starts on. */
  pieces: { start: number; line: number }[];
}

/** Blocks whose children are sentences. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline nodes whose text a reader reads (emphasis, links' text, inert HTML such as <sub>). */
const TRANSPARENT = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);
/** Blocks that hold no running text at all. */
const SKIPPED_BLOCKS = new Set(['code', 'math', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'definition', 'yaml']);

export function runningText(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walkBlock = (node: Nodes): void => {
    if (SKIPPED_BLOCKS.has(node.type)) return;
    if (PHRASING_PARENTS.has(node.type) && 'children' in node) {
      const block: TextBlock = { text: '', heading: node.type === 'heading', pieces: [] };
      for (const child of node.children) appendInline(block, child);
      blocks.push(block);
      return;
    }
    if ('children' in node) for (const child of node.children) walkBlock(child);
  };
  walkBlock(tree);
  return blocks;
}

function appendInline(block: TextBlock, node: Nodes): void {
  if (node.type === 'text') {
    block.pieces.push({ start: block.text.length, line: node.position?.start.line ?? 1 });
    block.text += node.value;
  } else if (node.type === 'break') {
    block.text += '\n';
  } else if (TRANSPARENT.has(node.type) && 'children' in node) {
    for (const child of node.children) appendInline(block, child);
  } else {
    block.text += NOT_TEXT;
  }
}

/** A plain string (a summary, a field of a YAML file) as one block starting on `line`. */
export function textBlock(text: string, line = 1): TextBlock {
  return { text, heading: false, pieces: [{ start: 0, line }] };
}

/** The source line of the character at `offset` in a block. */
export function lineAt(block: TextBlock, offset: number): number {
  let piece = block.pieces[0];
  for (const p of block.pieces) {
    if (p.start > offset) break;
    piece = p;
  }
  if (!piece) return 1;
  let newlines = 0;
  for (let i = piece.start; i < offset; i++) if (block.text.charCodeAt(i) === 10) newlines++;
  return piece.line + newlines;
}
