/**
 * Everything in the content folder checked at once, before a build renders anything: facts (schemas,
 * cross-references, facts that cannot be nonsense), prose (one parse each: syntax, the prose policy, formulas,
 * links, the Chinese glossary), the layer specs (shapes, channels, published figures), the methods (computed
 * from the specs and the facts) and the benchmarks every result must name. It sits above content/, notation/,
 * methods/ and benchmarks/ because it uses them all; the build's content guard, `npm run validate` and the
 * fixture tests all call it. Time is linear in the content's size: each file is read once, each prose file parsed once.
 */
import { loadContent, type LoadedContent } from './content/load.ts';
import { validateContent } from './content/validate.ts';
import { checkPlausibility } from './content/plausibility.ts';
import { checkProse } from './content/prose-checks.ts';
import { checkChineseData, loadGlossary } from './content/chinese-content.ts';
import type { Issue } from './issues.ts';
import { loadArchSpecs } from './notation/load.ts';
import { featuredIssues } from './notation/page-model.ts';
import { loadCatalogue, type LoadedCatalogue } from './content/load-catalogue.ts';
import { validateBenchmarks } from './benchmarks/validate.ts';
import { methodLinkProblem, validateMethods } from './methods/validate.ts';
import { specOccurrences } from './methods/usage.ts';

/** Loads and checks `<projectRoot>/<contentDir>`; never throws for bad content, returns every issue. */
export function checkContentFolder(
  projectRoot: string,
  contentDir = 'content',
): { content: LoadedContent; catalogue: LoadedCatalogue; issues: Issue[] } {
  const content = loadContent(projectRoot, contentDir);
  const catalogue = loadCatalogue(projectRoot, contentDir);
  const issues = [...validateContent(content), ...catalogue.issues];
  issues.push(...checkPlausibility(content.models));
  const glossary = loadGlossary(projectRoot, contentDir);
  issues.push(...glossary.issues);
  const modelIds = new Set(content.models.map((m) => m.data.id));
  for (const prose of content.prose)
    issues.push(...checkProse(prose, { projectRoot, modelIds, glossary: glossary.terms }));
  // Method explanations are prose under the same policy; only their links reach further (methods, benchmarks).
  const linkProblem = methodLinkProblem(catalogue, modelIds);
  for (const prose of catalogue.methodProse)
    issues.push(...checkProse(prose, { projectRoot, modelIds, glossary: glossary.terms, linkProblem }));
  if (glossary.terms) issues.push(...checkChineseData(content, glossary.terms));
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
