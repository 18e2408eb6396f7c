/**
 * Everything in the content folder checked at once, before a build renders anything: facts and prose
 * (schemas, cross-references, formulas, MDX syntax) and the layer specs (shapes, channels, published
 * figures). It sits above content/ and notation/ because it uses both; the build's content guard, `npm run
 * validate` and the fixture tests all call it.
 */
import { loadContent, type LoadedContent } from './content/load.ts';
import { validateContent } from './content/validate.ts';
import { checkMdxSyntax } from './content/mdx-syntax.ts';
import type { Issue } from './issues.ts';
import { loadArchSpecs } from './notation/load.ts';
import { featuredIssues } from './notation/page-model.ts';

/** Loads and checks `<projectRoot>/<contentDir>`; never throws for bad content, returns every issue. */
export async function checkContentFolder(
  projectRoot: string,
  contentDir = 'content',
): Promise<{ content: LoadedContent; issues: Issue[] }> {
  const content = loadContent(projectRoot, contentDir);
  const issues = validateContent(content);
  const syntax = await Promise.all(content.prose.map((p) => checkMdxSyntax(p.body)));
  content.prose.forEach((prose, i) => {
    const error = syntax[i];
    if (error)
      issues.push({ file: prose.file, line: prose.bodyLine + error.line - 1, message: `MDX syntax: ${error.message}` });
  });
  // Layer specs: shapes must fit, channels match at every add, published figures agree or say why not.
  const arch = loadArchSpecs(projectRoot, contentDir);
  issues.push(...arch.issues, ...arch.specs.flatMap((s) => featuredIssues(s.file, s.spec)));
  return { content, issues };
}
