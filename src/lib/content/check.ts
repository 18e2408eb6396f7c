/**
 * Loads and checks all content under a project root before anything renders: schemas, cross-references,
 * facts that cannot be nonsense, the prose (syntax, policy, formulas, links, the Chinese glossary) and the
 * layer specs. Time is linear in the content's size: each file is read once and each prose file parsed once.
 */
import { loadContent, type LoadedContent } from './load.ts';
import { validateContent } from './validate.ts';
import { checkPlausibility } from './plausibility.ts';
import { checkProse } from './prose-checks.ts';
import { checkChineseData, loadGlossary } from './chinese-content.ts';
import type { ContentIssue } from './issues.ts';
import { loadArchSpecs } from '../notation/load.ts';
import { featuredIssues } from '../notation/page-model.ts';

export function checkContent(projectRoot: string, contentDir = 'content'): { content: LoadedContent; issues: ContentIssue[] } {
  const content = loadContent(projectRoot, contentDir);
  const issues = validateContent(content);
  issues.push(...checkPlausibility(content.models));
  const glossary = loadGlossary(projectRoot, contentDir);
  issues.push(...glossary.issues);
  const modelIds = new Set(content.models.map((m) => m.data.id));
  for (const prose of content.prose) issues.push(...checkProse(prose, { projectRoot, modelIds, glossary: glossary.terms }));
  if (glossary.terms) issues.push(...checkChineseData(content, glossary.terms));
  // Layer specs: shapes must fit, channels match at every add, published figures agree or say why not.
  const arch = loadArchSpecs(projectRoot, contentDir);
  for (const issue of [...arch.issues, ...arch.specs.flatMap((s) => featuredIssues(s.file, s.spec))]) {
    const where = [issue.field, issue.line ? `line ${issue.line}` : undefined].filter(Boolean).join(', ');
    issues.push({ file: issue.file, field: where || undefined, message: issue.message });
  }
  return { content, issues };
}
