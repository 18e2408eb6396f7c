/** Loads and checks all content under a project root: schemas, cross-references, formulas, MDX syntax, layer specs. */
import { loadContent, type LoadedContent } from './load.ts';
import { validateContent } from './validate.ts';
import { checkMdxSyntax } from './mdx-syntax.ts';
import type { ContentIssue } from './issues.ts';
import { loadArchSpecs } from '../notation/load.ts';
import { featuredIssues } from '../notation/page-model.ts';

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
  // Layer specs: shapes must fit, channels match at every add, published figures agree or say why not.
  const arch = loadArchSpecs(projectRoot, contentDir);
  for (const issue of [...arch.issues, ...arch.specs.flatMap((s) => featuredIssues(s.file, s.spec))]) {
    const where = [issue.field, issue.line ? `line ${issue.line}` : undefined].filter(Boolean).join(', ');
    issues.push({ file: issue.file, field: where || undefined, message: issue.message });
  }
  return { content, issues };
}
