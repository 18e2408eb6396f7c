/**
 * The Chinese edition's checks on running text: no variant the glossary refuses, no ASCII straight quotes
 * around Chinese (“…” is the Chinese quotation mark; "…" around English words stays), and on a page, the
 * first use of a term the glossary glosses followed by its English (跳连（shortcut）). The text comes
 * from the MDX tree (running-text.ts), so code, math, link targets and component props are never checked.
 */
import type { Issue } from '../issues.ts';
import { findMissingGlosses, findVariants, glossText, type CompiledTerm } from './glossary.ts';
import { lineAt, type TextBlock } from './running-text.ts';

/** Han characters, CJK punctuation and full-width forms: what makes a quoted span Chinese. */
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Offsets of the opening straight quote of every "…" span that holds Chinese, and of a lone one beside it. */
export function straightQuotes(text: string): number[] {
  const quotes: number[] = [];
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) quotes.push(i);
  const found: number[] = [];
  for (let k = 0; k + 1 < quotes.length; k += 2) {
    const open = quotes[k]!;
    if (CHINESE.test(text.slice(open + 1, quotes[k + 1]))) found.push(open);
  }
  if (quotes.length % 2 === 1) {
    const lone = quotes[quotes.length - 1]!;
    if (CHINESE.test(text.charAt(lone - 1)) || CHINESE.test(text.charAt(lone + 1))) found.push(lone);
  }
  return found;
}

export interface ChineseText {
  file: string;
  /** A field of a data file (`builds_on[0].change.zh-CN`), or absent for prose, whose blocks carry lines. */
  field?: string;
  blocks: readonly TextBlock[];
  /** Line of the block's line 1 in the file, minus one (the frontmatter before an MDX body). */
  lineOffset?: number;
  /** A page: glossed terms must be glossed on first use. A data field is not a page. */
  page: boolean;
}

export function checkChineseText(source: ChineseText, terms: readonly CompiledTerm[]): Issue[] {
  const issues: Issue[] = [];
  const at = (block: TextBlock, offset: number): Pick<Issue, 'file' | 'field' | 'line'> =>
    source.field !== undefined
      ? { file: source.file, field: source.field }
      : { file: source.file, line: lineAt(block, offset) + (source.lineOffset ?? 0) };
  for (const block of source.blocks) {
    for (const found of findVariants(block.text, terms)) {
      issues.push({
        ...at(block, found.at),
        message: `"${found.variant}" is a variant the glossary refuses: write ${found.term.term.zh} (${found.term.term.en})`,
      });
    }
    for (const offset of straightQuotes(block.text)) {
      issues.push({ ...at(block, offset), message: `straight quotes "…" in Chinese text: write “…”` });
    }
  }
  if (source.page) {
    for (const missing of findMissingGlosses(source.blocks, terms)) {
      issues.push({
        ...at(missing.block, missing.at),
        message: `first use of "${missing.rendering}" on the page needs its English: ${missing.rendering}（${glossText(missing.term.term.en)}）`,
      });
    }
  }
  return issues;
}
