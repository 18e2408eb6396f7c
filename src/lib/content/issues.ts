/** A problem found in the content, located by file (relative to the project) and field. */
export interface ContentIssue {
  file: string;
  /** Dotted path inside the file, e.g. `paper.arxiv` or `authors[2]`; absent for whole-file problems. */
  field?: string;
  message: string;
}

/** One line per issue: `content/models/resnet/facts.yaml › paper.arxiv: must look like …`. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}${issue.field ? ` › ${issue.field}` : ''}: ${issue.message}`;
}

/** Turns a Zod issue path into `a.b[2].c`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Thrown by the build when content is invalid; its message lists every issue. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(
      `Invalid content (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}
