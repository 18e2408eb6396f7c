/**
 * The one shape of a problem found by any checker (content, layer specs, map hints), and the one way it is
 * written: `file:line › field: message`. The message says what is wrong and, where it can, how to fix it.
 */

export interface Issue {
  /** File the problem is in, relative to the project root (or a label such as `<spec>`). */
  file: string;
  /** Path inside the file, e.g. `paper.arxiv`, `authors[2]`, `networks[0].layers[3].conv.c`; absent for whole-file problems. */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

/** `['networks', 0, 'layers', 3]` → `networks[0].layers[3]` (a Zod issue's path; symbols are skipped). */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .filter((key): key is string | number => typeof key !== 'symbol')
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${key}`))
    .join('');
}

/** One line per issue: `content/models/resnet/facts.yaml › paper.arxiv: must look like …`, `…/en.mdx:7: …`. */
export function formatIssue(issue: Issue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}${issue.field ? ` › ${issue.field}` : ''}: ${issue.message}`;
}

/** Thrown to stop the build; the message lists every issue, one a line. */
export class IssuesError extends Error {
  readonly issues: Issue[];
  /** `what` is what was invalid, e.g. "Invalid content". */
  constructor(what: string, issues: Issue[]) {
    super(
      `${what} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'IssuesError';
    this.issues = issues;
  }
}
