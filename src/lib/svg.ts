/**
 * The helpers every SVG writer needs, written once: text escaped for XML (content and attribute values),
 * coordinates rounded to a tenth of a pixel, which no screen shows and which keeps the markup short, and path
 * data written short — a drawing built from many small strokes says each point once.
 */

/** `&`, `<`, `>` and `"` as entities: safe inside text and inside double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounded to 0.1 (prints without trailing zeros in a template: `12.5`, `3`). */
export function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** A path command, absolute, in tenths of a pixel: integers, so that equal points compare equal. */
interface Command {
  op: 'M' | 'L' | 'H' | 'V' | 'C' | 'Q' | 'Z';
  args: number[];
}

/** How many numbers each command takes. */
const ARITY: Record<Command['op'], number> = { M: 2, L: 2, H: 1, V: 1, C: 6, Q: 4, Z: 0 };

const TOKEN = /[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g;

/** The commands of path data written with absolute M, L, H, V, C, Q and Z (what the site's writers emit). */
function parsePath(d: string): Command[] {
  const tokens = d.match(TOKEN) ?? [];
  const commands: Command[] = [];
  let op: Command['op'] | undefined;
  for (let i = 0; i < tokens.length;) {
    if (/[A-Za-z]/.test(tokens[i]!)) {
      const letter = tokens[i++]!;
      if (!(letter in ARITY)) throw new Error(`compactPath: "${letter}" in "${d}": only absolute M L H V C Q Z`);
      op = letter as Command['op'];
      if (op === 'Z') {
        commands.push({ op, args: [] });
        continue;
      }
    } else if (op === undefined || op === 'Z') throw new Error(`compactPath: a number without a command in "${d}"`);
    const args = tokens.slice(i, i + ARITY[op]).map((t) => Math.round(Number(t) * 10));
    if (args.length < ARITY[op] || args.some((a) => !Number.isFinite(a)))
      throw new Error(`compactPath: "${op}" lacks numbers in "${d}"`);
    commands.push({ op, args });
    i += ARITY[op];
    // Numbers after a moveto's first pair are lines.
    if (op === 'M') op = 'L';
  }
  return commands;
}

/** Where a command leaves the pen, from where it was and where the subpath started. */
function penAfter(c: Command, pen: [number, number], start: [number, number]): [number, number] {
  if (c.op === 'Z') return start;
  if (c.op === 'H') return [c.args[0]!, pen[1]];
  if (c.op === 'V') return [pen[0], c.args[0]!];
  return [c.args.at(-2)!, c.args.at(-1)!];
}

/**
 * The same strokes with less data: no moveto to where the pen already is (nor one that a later moveto
 * overrides), no line of length zero, axis-parallel lines as H and V, and a line going straight on from the
 * one before merged into it (`H51` then `H63`: `H63`). Where two strokes met end to end they are now one, so a
 * corner is joined rather than two butt ends.
 */
function simplify(commands: Command[]): Command[] {
  const out: Command[] = [];
  // Per command of `out`, the pen and the subpath's start before it (to merge into it, or to take it back).
  const before: { pen: [number, number]; start: [number, number] }[] = [];
  let pen: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  const push = (c: Command) => {
    out.push(c);
    before.push({ pen, start });
    if (c.op === 'M') start = [c.args[0]!, c.args[1]!];
    pen = penAfter(c, pen, start);
  };
  for (let c of commands) {
    if (c.op === 'M') {
      // A moveto followed by another draws nothing: take it back, then the later one may not be needed.
      if (out.at(-1)?.op === 'M') {
        out.pop();
        ({ pen, start } = before.pop()!);
      }
      if (out.length > 0 && c.args[0] === pen[0] && c.args[1] === pen[1]) continue;
      push(c);
      continue;
    }
    if (c.op === 'L' && c.args[1] === pen[1]) c = { op: 'H', args: [c.args[0]!] };
    else if (c.op === 'L' && c.args[0] === pen[0]) c = { op: 'V', args: [c.args[1]!] };
    if (c.op === 'H' || c.op === 'V') {
      const axis = c.op === 'H' ? 0 : 1;
      const to = c.args[0]!;
      if (to === pen[axis]) continue;
      const last = out.at(-1);
      const from = before.at(-1)?.pen[axis];
      if (last?.op === c.op && from !== undefined && Math.sign(pen[axis] - from) === Math.sign(to - pen[axis])) {
        last.args = [to];
        pen = penAfter(c, pen, start);
        continue;
      }
    }
    push(c);
  }
  return out.at(-1)?.op === 'M' ? out.slice(0, -1) : out;
}

/** A number of tenths as short as it prints: `0.5` as `.5`, `-0.5` as `-.5`, `3.0` as `3`. */
function tenths(n: number): string {
  const s = String(n / 10);
  return s.replace(/^(-?)0\./, '$1.');
}

/** Numbers one after another, separated only where they would otherwise run together. */
function numbers(values: string[]): string {
  let out = '';
  values.forEach((v, i) => {
    const prev = values[i - 1];
    const runsOn = v.startsWith('-') || (v.startsWith('.') && prev !== undefined && prev.includes('.'));
    out += i === 0 || runsOn ? v : ` ${v}`;
  });
  return out;
}

/** One command written absolute or relative to the pen, whichever is shorter (absolute on a tie). */
function write(c: Command, pen: [number, number], first: boolean): string {
  if (c.op === 'Z') return 'Z';
  const absolute = c.op + numbers(c.args.map(tenths));
  if (first) return absolute;
  const origin = (k: number) => (c.op === 'V' ? pen[1] : c.op === 'H' ? pen[0] : pen[k % 2]!);
  const relative = c.op.toLowerCase() + numbers(c.args.map((a, k) => tenths(a - origin(k))));
  return relative.length < absolute.length ? relative : absolute;
}

/**
 * Path data written short: the strokes of `d` (absolute M, L, H, V, C, Q, Z, as the site's writers emit them)
 * simplified, rounded to a tenth of a pixel like every coordinate, and each command absolute or relative,
 * whichever is shorter. It never moves to where the pen already is.
 */
export function compactPath(d: string): string {
  let pen: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  return simplify(parsePath(d))
    .map((c, i) => {
      const text = write(c, pen, i === 0);
      if (c.op === 'M') start = [c.args[0]!, c.args[1]!];
      pen = penAfter(c, pen, start);
      return text;
    })
    .join('');
}
