/**
 * Content problems are the project's one Issue type (src/lib/issues.ts); this module keeps the content
 * checkers' names for it and the error that stops the build.
 */
import { formatIssue, formatPath, IssuesError, type Issue } from '../issues.ts';

export type ContentIssue = Issue;
export { formatIssue };

/** Turns a Zod issue path into `a.b[2].c`. */
export const fieldPath = formatPath;

/** Thrown by the build when content is invalid; its message lists every issue. */
export class ContentError extends IssuesError {
  constructor(issues: ContentIssue[]) {
    super('Invalid content', issues);
    this.name = 'ContentError';
  }
}
