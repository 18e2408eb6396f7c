/**
 * Golden outputs: what an engine produces from the real content, committed under `tests/golden/<engine>/`, so
 * a refactor proves itself output-neutral and a content change shows its visual diff in `git diff`.
 *
 * Each output is stored in full as a diffable text file (JSON one record per line, SVG one element per line),
 * or, where storing every file would bloat the repository, as a line of `hashes.txt` with its size and hash.
 * `UPDATE_GOLDEN=1` (`npm run golden:update`) rewrites the folder on purpose, removing outputs that no
 * longer exist; without it, any difference fails with the list of outputs that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const GOLDEN_DIR = new URL('../golden/', import.meta.url).pathname;
const HASHES = 'hashes.txt';
/** Changed lines shown per file in a failure, so the message stays readable. */
const SHOWN_LINES = 3;

export interface GoldenSet {
  /** Outputs stored in full, by path under the engine's folder. */
  files: Map<string, string>;
  /** Outputs recorded by size and hash only, by name (the exact bytes the engine returned). */
  hashed?: Map<string, string>;
}

/**
 * Compares an engine's outputs with its golden folder (or rewrites the folder when UPDATE_GOLDEN=1) and throws
 * an error naming every output that is new, changed or gone.
 */
export function expectGolden(engine: string, outputs: GoldenSet, goldenDir = GOLDEN_DIR): void {
  const dir = join(goldenDir, engine);
  const files = new Map(outputs.files);
  if (outputs.hashed) files.set(HASHES, hashManifest(outputs.hashed));
  if (process.env.UPDATE_GOLDEN === '1') return writeGolden(dir, files);

  const problems: string[] = [];
  const stored = new Set(listFiles(dir));
  for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (!stored.has(path)) {
      problems.push(`  new      ${path}`);
      continue;
    }
    stored.delete(path);
    const expected = readFileSync(join(dir, path), 'utf8');
    if (expected !== text) problems.push(...describeChange(path, expected, text));
  }
  for (const path of [...stored].sort()) problems.push(`  gone     ${path} (no longer produced)`);
  if (problems.length > 0) {
    throw new Error(
      `The ${engine} outputs differ from ${relative(process.cwd(), dir)}/:\n${problems.join('\n')}\n` +
        'If the change is intended, regenerate them with `npm run golden:update` and review `git diff tests/golden`.',
    );
  }
}

function writeGolden(dir: string, files: Map<string, string>): void {
  for (const path of listFiles(dir)) if (!files.has(path)) rmSync(join(dir, path));
  for (const [path, text] of files) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  }
  removeEmptyFolders(dir);
}

/** `changed  path, line 12` with the line before and after (the first few), or per output for the hash list. */
function describeChange(path: string, expected: string, actual: string): string[] {
  if (path === HASHES) return describeHashChange(expected, actual);
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < 3 * SHOWN_LINES; i++) {
    if (a[i] === b[i]) continue;
    const [was, now] = aroundChange(a[i] ?? '', b[i] ?? '');
    out.push(`  changed  ${path}, line ${i + 1}`, `             was: ${was}`, `             now: ${now}`);
  }
  return out;
}

function describeHashChange(expected: string, actual: string): string[] {
  const parse = (text: string) =>
    new Map(text.split('\n').flatMap((l) => (l ? [[l.split('  ')[0]!, l] as const] : [])));
  const before = parse(expected);
  const after = parse(actual);
  const out: string[] = [];
  for (const [name, line] of after) {
    if (!before.has(name)) out.push(`  new      ${name} (hashed)`);
    else if (before.get(name) !== line) out.push(`  changed  ${name} (hashed: ${line.split('  ')[1]})`);
  }
  for (const name of before.keys()) if (!after.has(name)) out.push(`  gone     ${name} (hashed, no longer produced)`);
  return out;
}

/** Shown characters of a changed line: enough to see the change. */
const SHOWN_CHARS = 120;

/** Both versions of a long line cut to the same window, starting a little before the first change. */
function aroundChange(a: string, b: string): [string, string] {
  let first = 0;
  while (first < a.length && a[first] === b[first]) first++;
  const from = Math.max(0, first - SHOWN_CHARS / 4);
  const cut = (s: string) =>
    `${from > 0 ? '…' : ''}${s.slice(from, from + SHOWN_CHARS)}${s.length > from + SHOWN_CHARS ? '…' : ''}`;
  return [cut(a), cut(b)];
}

/** `name  <bytes> bytes  sha256:<16 hex>`, sorted by name. */
function hashManifest(outputs: Map<string, string>): string {
  return [...outputs]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, text]) => {
      const bytes = Buffer.byteLength(text);
      const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
      return `${name}  ${bytes} bytes  sha256:${hash}\n`;
    })
    .join('');
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => statSync(join(dir, p)).isFile())
    .map((p) => relative(dir, join(dir, p)).split('\\').join('/'));
}

function removeEmptyFolders(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const sub = join(dir, name);
    if (!statSync(sub).isDirectory()) continue;
    removeEmptyFolders(sub);
    if (readdirSync(sub).length === 0) rmSync(sub, { recursive: true });
  }
}

/**
 * Deterministic JSON for diffs: the first `expand` levels one entry per line, deeper values on one line (so a
 * station, an edge or a point is one line); Maps as `[key, value]` pairs in their order, Sets as arrays,
 * functions (such as a d3-style scale) by their own properties; numbers rounded to 1e-6, which no drawing can
 * show, so that reordering a floating-point sum does not count as a change.
 */
export function stableJson(value: unknown, expand = 2): string {
  return `${format(plain(value), 0, expand)}\n`;
}

function plain(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 + 0 : String(value);
  if (value instanceof Map) return [...value].map(([k, v]) => [plain(k), plain(v)]);
  if (value instanceof Set) return [...value].map(plain);
  if (Array.isArray(value)) return value.map(plain);
  if (value && (typeof value === 'object' || typeof value === 'function')) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined && !isBareFunction(v)) out[k] = plain(v);
    return out;
  }
  return value;
}

const isBareFunction = (v: unknown) => typeof v === 'function' && Object.keys(v).length === 0;

function format(value: unknown, depth: number, expand: number): string {
  if (depth >= expand || value === null || typeof value !== 'object') return JSON.stringify(value);
  const pad = '  '.repeat(depth + 1);
  const end = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => pad + format(v, depth + 1, expand)).join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const body = entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${format(v, depth + 1, expand)}`);
  return `{\n${body.join(',\n')}\n${end}}`;
}

/** An SVG string with one element per line, so `git diff` shows which shapes moved; ends with a newline. */
export function svgLines(svg: string): string {
  // The engines write SVG on one line; a newline of their own would make this form ambiguous.
  if (svg.includes('\n')) throw new Error('svgLines expects an SVG without newlines');
  return `${svg.replace(/></g, '>\n<')}\n`;
}
