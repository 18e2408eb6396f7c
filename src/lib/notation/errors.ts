/** Spec problems, located by file and by the path inside the spec (`networks[0].layers[3].residual.body[1]`). */
import { formatPath, IssuesError, type Issue } from '../issues.ts';

export type PathPart = string | number;

/** Thrown by the engine for a bad spec; `path` points inside the spec. */
export class SpecError extends Error {
  readonly path: PathPart[];
  constructor(path: ReadonlyArray<PathPart>, message: string) {
    super(message);
    this.name = 'SpecError';
    this.path = [...path];
  }
}

/** Thrown when one or more specs are invalid; the message lists every issue, one a line. */
export class NotationError extends IssuesError {
  constructor(issues: Issue[]) {
    super('Invalid architecture spec', issues);
    this.name = 'NotationError';
  }
}

/** Turns a thrown SpecError into an issue for `file`; other errors are re-thrown. */
export function toIssue(error: unknown, file: string): Issue {
  if (error instanceof SpecError) {
    return { file, field: error.path.length ? formatPath(error.path) : undefined, message: error.message };
  }
  throw error;
}

/** Closest candidate by edit distance, for "did you mean …?" hints; undefined when nothing is close. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
