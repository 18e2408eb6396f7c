/**
 * Limits that keep parsing prose fast for any input. The Markdown parser's inline pass is quadratic (or worse)
 * in the marks of one paragraph on some inputs — `*a*a*a…`, `~a~a…`, `[a][a]…`, `> > > …`, runs of `\{` — so
 * 40 KB of `*a` alone took a minute. Before parsing, one linear scan bounds the size of a paragraph and the
 * number of such marks per paragraph and per file; within the bounds the worst case costs well under a second
 * per file, and real entries stay far below them (longest paragraph 1.4 KB, at most 97 marks in one, 193 in a file).
 */

/** A paragraph, list or table between blank lines: longer than any real one by a factor of five. */
export const MAX_BLOCK_BYTES = 8 * 1024;
/** Marks whose number the parser's cost grows with faster than linearly. */
const MARKS = new Set(['*', '_', '~', '[', ']', '>', '\\']);
export const MAX_MARKS_PER_BLOCK = 600;
export const MAX_MARKS_PER_FILE = 6000;

export interface LimitViolation {
  /** 1-based line in the body where the block starts (1 for the file as a whole). */
  line: number;
  message: string;
}

/** The first limit a body exceeds, or undefined. Linear in the body's length. */
export function proseLimitViolation(body: string): LimitViolation | undefined {
  let total = 0;
  let line = 1;
  for (const block of body.split(/\n[ \t]*\n/)) {
    const marks = countMarks(block);
    total += marks;
    const bytes = Buffer.byteLength(block, 'utf8');
    if (bytes > MAX_BLOCK_BYTES) {
      return { line, message: `a paragraph of ${Math.round(bytes / 1024)} KB: split it (at most ${MAX_BLOCK_BYTES / 1024} KB between blank lines)` };
    }
    if (marks > MAX_MARKS_PER_BLOCK) {
      return { line, message: `a paragraph with ${marks} of the marks * _ ~ [ ] > \\: at most ${MAX_MARKS_PER_BLOCK}, so that parsing stays fast` };
    }
    line += countLines(block) + 1;
  }
  if (total > MAX_MARKS_PER_FILE) {
    return { line: 1, message: `${total} of the marks * _ ~ [ ] > \\ in one file: at most ${MAX_MARKS_PER_FILE}, so that parsing stays fast` };
  }
  return undefined;
}

function countMarks(text: string): number {
  let n = 0;
  for (const ch of text) if (MARKS.has(ch)) n++;
  return n;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
