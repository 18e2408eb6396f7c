#!/usr/bin/env node
// Validates content/ without building: prints every problem with its file and field, exits 1 on any.
import { checkContentFolder } from '../src/lib/check.ts';
import { formatIssue } from '../src/lib/issues.ts';

const root = new URL('..', import.meta.url).pathname;
const { content, catalogue, issues } = checkContentFolder(root);
if (issues.length > 0) {
  for (const issue of issues) console.error(`✗ ${formatIssue(issue)}`);
  console.error(`\n${issues.length} problem(s) in content/.`);
  process.exit(1);
}
console.log(
  `✓ content/ is valid: ${content.directions.length} directions, ${content.models.length} models, ${content.prose.length} prose files, ${catalogue.methods.length} methods, ${catalogue.benchmarks.length} benchmarks.`,
);
