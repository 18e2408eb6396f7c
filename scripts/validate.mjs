#!/usr/bin/env node
// Validates content/ (or the folder ATLAS_CONTENT names) without building: prints every problem with its file
// and field, exits 1 on any.
import { checkContentFolder } from '../src/lib/check.ts';
import { contentDirOf } from '../src/lib/content/content-dir.ts';
import { formatIssue } from '../src/lib/issues.ts';

const root = new URL('..', import.meta.url).pathname;
const contentDir = contentDirOf(root);
const { content, catalogue, issues } = checkContentFolder(root, contentDir);
if (issues.length > 0) {
  for (const issue of issues) console.error(`✗ ${formatIssue(issue)}`);
  console.error(`\n${issues.length} problem(s) in ${contentDir}/.`);
  process.exit(1);
}
console.log(
  `✓ ${contentDir}/ is valid: ${content.directions.length} directions, ${content.models.length} models, ${content.prose.length} prose files, ${catalogue.methods.length} methods, ${catalogue.benchmarks.length} benchmarks.`,
);
