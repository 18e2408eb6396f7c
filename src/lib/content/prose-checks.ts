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
import { extractProseLinks } from './prose-links.ts';
import { checkChineseText } from './chinese-text.ts';
import { runningText, textBlock } from './running-text.ts';
import type { CompiledTerm } from './glossary.ts';
import { FIGURE_NAMES } from './figure-names.ts';

export interface ProseCheckContext {
  projectRoot: string;
  modelIds: ReadonlySet<string>;
  /** The compiled glossary, when the content folder has one. */
  glossary?: readonly CompiledTerm[];
}

const FIGURES: ReadonlySet<string> = new Set(FIGURE_NAMES);

export function checkProse(prose: LoadedProse, context: ProseCheckContext): Issue[] {
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
  for (const link of extractProseLinks(tree)) {
    const line = fileLine(link.line);
    if (!link.model) issues.push({ file, line, message: `relative link "${link.url}": link other entries as ../<model-id>/` });
    else if (!context.modelIds.has(link.model)) {
      issues.push({ file, line, message: `link to unknown model "${link.model}" (${link.url})` });
    }
  }
  if (prose.locale === 'zh-CN' && context.glossary) {
    const terms = context.glossary;
    issues.push(...checkChineseText({ file, field: 'summary', blocks: [textBlock(prose.data.summary)], page: false }, terms));
    issues.push(...checkChineseText({ file, blocks: runningText(tree), lineOffset: prose.bodyLine - 1, page: true }, terms));
  }
  return issues;
}
