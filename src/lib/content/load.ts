/**
 * Reads the `content/` folder from disk and parses every file against its schema.
 * Layout: `directions/<id>.yaml`, `models/<id>/facts.yaml`, `models/<id>/<locale>.mdx`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { directionSchema, modelSchema, proseSchema } from './schema.ts';
import type { Direction, ModelFacts, ProseFrontmatter } from './schema.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { formatPath, type Issue } from '../issues.ts';

export interface Loaded<T> {
  /** Path relative to the project root, for messages. */
  file: string;
  data: T;
}

export interface LoadedProse extends Loaded<ProseFrontmatter> {
  model: string;
  locale: Locale;
  body: string;
  /** Line of the body's first line in the file, so formula errors can point at a line. */
  bodyLine: number;
}

export interface LoadedContent {
  directions: Loaded<Direction>[];
  models: Loaded<ModelFacts>[];
  prose: LoadedProse[];
  /** Folders under models/ that hold prose but no fact file. */
  orphanFolders: string[];
  issues: Issue[];
}

/** Files a model folder may hold besides facts and prose: the layer spec (arch.yaml) and figure assets. */
const OTHER_MODEL_FILES = /^(arch\.ya?ml|assets)$/;

/** Reads and parses files, recording every problem as an issue instead of throwing. */
interface Reader {
  /** Path relative to the project root, for messages. */
  rel(path: string): string;
  readYaml(path: string): unknown;
  parseWith<S extends z.ZodType>(schema: S, raw: unknown, file: string): z.output<S> | undefined;
}

function reader(projectRoot: string, issues: Issue[]): Reader {
  const rel = (p: string) => relative(projectRoot, p).split('\\').join('/');
  return {
    rel,
    readYaml(path) {
      try {
        return parseYaml(readFileSync(path, 'utf8')) as unknown;
      } catch (error) {
        issues.push({ file: rel(path), message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
        return undefined;
      }
    },
    parseWith(schema, raw, file) {
      const result = schema.safeParse(raw);
      if (result.success) return result.data;
      for (const issue of result.error.issues) {
        issues.push({ file, field: formatPath(issue.path) || undefined, message: describeZodIssue(issue) });
      }
      return undefined;
    },
  };
}

/**
 * Reads `<projectRoot>/<contentDir>`: every direction, every model folder's facts and prose, each parsed
 * against its schema. Never throws for bad content: problems are in `issues`, and what parsed is returned,
 * sorted (directions by order, models by id, prose by file).
 */
export function loadContent(projectRoot: string, contentDir = 'content'): LoadedContent {
  const root = join(projectRoot, contentDir);
  const out: LoadedContent = { directions: [], models: [], prose: [], orphanFolders: [], issues: [] };
  const r = reader(projectRoot, out.issues);
  loadDirections(join(root, 'directions'), r, out);
  const modelsDir = join(root, 'models');
  for (const folder of listDir(modelsDir)) loadModelFolder(join(modelsDir, folder), folder, r, out);
  out.directions.sort((a, b) => a.data.order - b.data.order || a.data.id.localeCompare(b.data.id));
  out.models.sort((a, b) => a.data.id.localeCompare(b.data.id));
  out.prose.sort((a, b) => a.file.localeCompare(b.file));
  return out;
}

function loadDirections(dir: string, r: Reader, out: LoadedContent): void {
  for (const name of listDir(dir)) {
    const path = join(dir, name);
    if (!/\.ya?ml$/.test(name)) {
      out.issues.push({ file: r.rel(path), message: 'unexpected file: directions are <id>.yaml' });
      continue;
    }
    const raw = r.readYaml(path);
    if (raw === undefined) continue;
    const data = r.parseWith(directionSchema, raw, r.rel(path));
    if (data) out.directions.push({ file: r.rel(path), data });
  }
}

/** `models/<id>/`: facts.yaml (or an orphan folder without it), one prose file per locale, and allowed extras. */
function loadModelFolder(dir: string, folder: string, r: Reader, out: LoadedContent): void {
  if (!statSync(dir).isDirectory()) {
    out.issues.push({ file: r.rel(dir), message: 'unexpected file: each model is a folder models/<id>/' });
    return;
  }
  const factsPath = join(dir, 'facts.yaml');
  if (existsSync(factsPath)) {
    const raw = r.readYaml(factsPath);
    const data = raw === undefined ? undefined : r.parseWith(modelSchema, raw, r.rel(factsPath));
    if (data) out.models.push({ file: r.rel(factsPath), data });
  } else {
    out.orphanFolders.push(r.rel(dir));
  }
  for (const name of listDir(dir)) {
    if (name === 'facts.yaml' || OTHER_MODEL_FILES.test(name)) continue;
    const path = join(dir, name);
    const locale = name.replace(/\.mdx$/, '');
    if (!name.endsWith('.mdx') || !(LOCALES as readonly string[]).includes(locale)) {
      out.issues.push({
        file: r.rel(path),
        message: `unexpected file: a model folder holds facts.yaml and ${LOCALES.map((l) => `${l}.mdx`).join(', ')}`,
      });
      continue;
    }
    const prose = loadProse(path, folder, locale as Locale, r, out.issues);
    if (prose) out.prose.push(prose);
  }
}

function loadProse(path: string, model: string, locale: Locale, r: Reader, issues: Issue[]): LoadedProse | undefined {
  const file = r.rel(path);
  const split = splitFrontmatter(readFileSync(path, 'utf8'));
  if (!split) {
    issues.push({ file, message: 'missing frontmatter (--- summary: … ---)' });
    return undefined;
  }
  let rawFront: unknown;
  try {
    rawFront = parseYaml(split.frontmatter) ?? {};
  } catch (error) {
    issues.push({ file, message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
  const data = r.parseWith(proseSchema, rawFront, file);
  return data && { file, data, model, locale, body: split.body, bodyLine: split.bodyLine };
}

function listDir(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

/** Splits `---\nyaml\n---\nbody`; returns undefined when there is no frontmatter block. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  const bodyLine = match[0].split('\n').length;
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length), bodyLine };
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'required field is missing';
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  return issue.message;
}
