/** Spec problems, located by file and by the path inside the spec (`networks[0].layers[3].residual.body[1]`). */

/** Same shape as the content validator's issues, so both can be listed together. */
export interface NotationIssue {
  /** File the spec came from, relative to the project root (or a label such as `<spec>`). */
  file: string;
  /** Path inside the spec, e.g. `networks[0].layers[4].conv.c`; absent for whole-file problems. */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

export type PathPart = string | number;

/** `['networks', 0, 'layers', 3]` → `networks[0].layers[3]`. */
export function formatPath(path: ReadonlyArray<PathPart>): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${key}`)).join('');
}

/** One line: `content/models/resnet/arch.yaml:42 › networks[0].layers[3]: message`. */
export function formatNotationIssue(issue: NotationIssue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}${issue.field ? ` › ${issue.field}` : ''}: ${issue.message}`;
}

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
export class NotationError extends Error {
  readonly issues: NotationIssue[];
  constructor(issues: NotationIssue[]) {
    super(
      `Invalid architecture spec (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${formatNotationIssue(i)}`).join('\n'),
    );
    this.name = 'NotationError';
    this.issues = issues;
  }
}

/** Turns a thrown SpecError into an issue for `file`; other errors are re-thrown. */
export function toIssue(error: unknown, file: string): NotationIssue {
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
