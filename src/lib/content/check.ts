/** Loads and checks all content under a project root: schemas, cross-references, formulas, MDX syntax. */
import { loadContent, type LoadedContent } from './load.ts';
import { validateContent } from './validate.ts';
import { checkMdxSyntax } from './mdx-syntax.ts';
import type { ContentIssue } from './issues.ts';

export async function checkContent(
  projectRoot: string,
  contentDir = 'content',
): Promise<{ content: LoadedContent; issues: ContentIssue[] }> {
  const content = loadContent(projectRoot, contentDir);
  const issues = validateContent(content);
  const syntax = await Promise.all(content.prose.map((p) => checkMdxSyntax(p.body)));
  content.prose.forEach((prose, i) => {
    const error = syntax[i];
    if (error) {
      issues.push({ file: prose.file, field: `line ${prose.bodyLine + error.line - 1}`, message: `MDX syntax: ${error.message}` });
    }
  });
  return { content, issues };
}
