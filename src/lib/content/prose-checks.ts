/**
 * Every check on an entry's prose, from one parse of its MDX (after the limits that keep parsing fast): syntax,
 * the prose policy (nothing that runs, leaks or loads from elsewhere), formulas, links between entries and, on
 * Chinese pages, the glossary and the quotation marks. Lines in messages are lines of the file (frontmatter
 * included).
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Issue } from '../issues.ts';
import type { LoadedProse } from './load.ts';
import { parseProse } from './prose-tree.ts';
import { proseLimitViolation } from './prose-limits.ts';
import { checkProsePolicy } from './prose-policy.ts';
import { checkFormulas } from './formulas.ts';
import { extractProseLinks, type ProseLink } from './prose-links.ts';
import { checkChineseText } from './chinese-text.ts';
import { runningText, textBlock } from './running-text.ts';
import type { CompiledTerm } from './glossary.ts';
import { FIGURE_NAMES } from './figure-names.ts';

/** A prose file of any kind: a model's entry or a method's explanation. */
export type ProseFile = Pick<LoadedProse, 'file' | 'locale' | 'body' | 'bodyLine' | 'data'>;

export interface ProseCheckContext {
  projectRoot: string;
  modelIds: ReadonlySet<string>;
  /**
   * What is wrong with a relative link, if anything. Entries link each other as `../<id>/` (the default);
   * method pages reach models and benchmarks too, so they bring their own rule.
   */
  linkProblem?: (link: ProseLink) => string | undefined;
  /** The compiled glossary, when the content folder has one. */
  glossary?: readonly CompiledTerm[];
}

const FIGURES: ReadonlySet<string> = new Set(FIGURE_NAMES);

/** The entries' link rule: `../<model-id>/` to a model that exists. */
function entryLinkProblem(modelIds: ReadonlySet<string>): (link: ProseLink) => string | undefined {
  return (link) => {
    if (!link.model) return `relative link "${link.url}": link other entries as ../<model-id>/`;
    if (!modelIds.has(link.model)) return `link to unknown model "${link.model}" (${link.url})`;
    return undefined;
  };
}

export function checkProse(prose: ProseFile, context: ProseCheckContext): Issue[] {
  const { file } = prose;
  const fileLine = (bodyLine: number) => prose.bodyLine + bodyLine - 1;
  const limit = proseLimitViolation(prose.body);
  if (limit) return [{ file, line: fileLine(limit.line), message: limit.message }];
  const parsed = parseProse(prose.body);
  if ('error' in parsed) return [{ file, line: fileLine(parsed.error.line), message: `MDX syntax: ${parsed.error.message}` }];
  const { tree } = parsed;
  const issues: Issue[] = [];
  const folder = join(context.projectRoot, dirname(file));
  const fileExists = (path: string) => statSync(join(folder, path), { throwIfNoEntry: false })?.isFile() === true;
  for (const v of checkProsePolicy(tree, { figures: FIGURES, fileExists })) {
    issues.push({ file, line: fileLine(v.line), message: v.message });
  }
  for (const error of checkFormulas(tree)) {
    issues.push({ file, line: fileLine(error.line), message: `KaTeX cannot parse formula "${error.tex}": ${error.message}` });
  }
  const linkProblem = context.linkProblem ?? entryLinkProblem(context.modelIds);
  for (const link of extractProseLinks(tree)) {
    const message = linkProblem(link);
    if (message) issues.push({ file, line: fileLine(link.line), message });
  }
  if (prose.locale === 'zh-CN' && context.glossary) {
    const terms = context.glossary;
    issues.push(...checkChineseText({ file, field: 'summary', blocks: [textBlock(prose.data.summary)], page: false }, terms));
    issues.push(...checkChineseText({ file, blocks: runningText(tree), lineOffset: prose.bodyLine - 1, page: true }, terms));
  }
  return issues;
}
