/**
 * Everything in the content folder checked at once, before a build renders anything: facts and prose
 * (schemas, cross-references, formulas, MDX syntax), the layer specs (shapes, channels, published figures),
 * the methods (computed from the specs and the facts) and the benchmarks every result must name. It sits
 * above content/, notation/, methods/ and benchmarks/ because it uses them all; the build's content guard,
 * `npm run validate` and the fixture tests all call it.
 */
import { loadContent, type LoadedContent } from './content/load.ts';
import { validateContent } from './content/validate.ts';
import { checkMdxSyntax } from './content/mdx-syntax.ts';
import type { Issue } from './issues.ts';
import { loadArchSpecs } from './notation/load.ts';
import { featuredIssues } from './notation/page-model.ts';
import { loadCatalogue, type LoadedCatalogue } from './content/load-catalogue.ts';
import { validateBenchmarks } from './benchmarks/validate.ts';
import { validateMethods } from './methods/validate.ts';
import { specOccurrences } from './methods/usage.ts';

/** Loads and checks `<projectRoot>/<contentDir>`; never throws for bad content, returns every issue. */
export async function checkContentFolder(
  projectRoot: string,
  contentDir = 'content',
): Promise<{ content: LoadedContent; catalogue: LoadedCatalogue; issues: Issue[] }> {
  const content = loadContent(projectRoot, contentDir);
  const catalogue = loadCatalogue(projectRoot, contentDir);
  const issues = [...validateContent(content), ...catalogue.issues];
  const prose = [...content.prose, ...catalogue.methodProse];
  const syntax = await Promise.all(prose.map((p) => checkMdxSyntax(p.body)));
  prose.forEach((p, i) => {
    const error = syntax[i];
    if (error)
      issues.push({ file: p.file, line: p.bodyLine + error.line - 1, message: `MDX syntax: ${error.message}` });
  });
  // Layer specs: shapes must fit, channels match at every add, published figures agree or say why not.
  const arch = loadArchSpecs(projectRoot, contentDir);
  issues.push(...arch.issues, ...arch.specs.flatMap((s) => featuredIssues(s.file, s.spec)));
  // Methods are computed from the specs and the facts; every result names a benchmark.
  const methods = catalogue.methods.map((m) => m.data);
  issues.push(...validateMethods(catalogue, content.models, specOccurrences(arch.specs, methods)));
  issues.push(
    ...validateBenchmarks(
      catalogue.benchmarks,
      content.models,
      content.directions.map((d) => d.data),
    ),
  );
  return { content, catalogue, issues };
}
