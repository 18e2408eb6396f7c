/**
 * Reads the atlas's catalogue from disk: the methods (`methods/<id>/facts.yaml` with `en.mdx` and `zh-CN.mdx`)
 * and the benchmarks (`benchmarks/<id>.yaml`), each parsed against its schema. Both folders are optional, so a
 * content folder without them (a test fixture) has an empty catalogue.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { benchmarkSchema, methodSchema, proseSchema } from './schema.ts';
import type { Benchmark, MethodFacts, ProseFrontmatter } from './schema.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { splitFrontmatter, type Loaded } from './load.ts';
import { formatPath, type Issue } from '../issues.ts';

export interface LoadedMethodProse extends Loaded<ProseFrontmatter> {
  method: string;
  locale: Locale;
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
}

export interface LoadedCatalogue {
  methods: Loaded<MethodFacts>[];
  methodProse: LoadedMethodProse[];
  benchmarks: Loaded<Benchmark>[];
  issues: Issue[];
}

const PROSE_FILES = LOCALES.map((l) => `${l}.mdx`);

export function loadCatalogue(projectRoot: string, contentDir = 'content'): LoadedCatalogue {
  const root = join(projectRoot, contentDir);
  const rel = (p: string) => relative(projectRoot, p).split('\\').join('/');
  const out: LoadedCatalogue = { methods: [], methodProse: [], benchmarks: [], issues: [] };
  const problem = (path: string, message: string) => out.issues.push({ file: rel(path), message });

  const parseWith = <S extends z.ZodType>(schema: S, raw: unknown, path: string): z.output<S> | undefined => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
      out.issues.push({
        file: rel(path),
        field: formatPath(issue.path) || undefined,
        message: missing ? 'required field is missing' : issue.message,
      });
    }
    return undefined;
  };
  const readYaml = (path: string): unknown => {
    try {
      return parseYaml(readFileSync(path, 'utf8'));
    } catch (error) {
      problem(path, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  };

  const benchmarksDir = join(root, 'benchmarks');
  for (const name of listDir(benchmarksDir)) {
    const path = join(benchmarksDir, name);
    if (!name.endsWith('.yaml')) {
      problem(path, 'unexpected file: benchmarks are <id>.yaml');
      continue;
    }
    const data = parseWith(benchmarkSchema, readYaml(path), path);
    if (data) out.benchmarks.push({ file: rel(path), data });
  }

  const methodsDir = join(root, 'methods');
  for (const folder of listDir(methodsDir)) {
    const dir = join(methodsDir, folder);
    if (!statSync(dir).isDirectory()) {
      problem(dir, 'unexpected file: each method is a folder methods/<id>/');
      continue;
    }
    const factsPath = join(dir, 'facts.yaml');
    if (!existsSync(factsPath)) problem(factsPath, 'missing: a method folder needs facts.yaml');
    else {
      const data = parseWith(methodSchema, readYaml(factsPath), factsPath);
      if (data) out.methods.push({ file: rel(factsPath), data });
    }
    for (const name of listDir(dir)) {
      const path = join(dir, name);
      if (name === 'facts.yaml') continue;
      if (!PROSE_FILES.includes(name)) {
        problem(path, `unexpected file: a method folder holds facts.yaml, ${PROSE_FILES.join(' and ')}`);
        continue;
      }
      const prose = readProse(path, parseWith);
      if (prose) out.methodProse.push({ ...prose, file: rel(path), method: folder, locale: name.slice(0, -4) as Locale });
      else if (prose === null) problem(path, 'missing frontmatter (--- summary: … ---)');
    }
  }
  out.benchmarks.sort((a, b) => a.data.id.localeCompare(b.data.id));
  out.methods.sort((a, b) => a.data.id.localeCompare(b.data.id));
  out.methodProse.sort((a, b) => a.file.localeCompare(b.file));
  return out;
}

/** A prose file's summary and body; null without frontmatter, undefined when the frontmatter is invalid. */
function readProse(
  path: string,
  parseWith: (schema: typeof proseSchema, raw: unknown, path: string) => ProseFrontmatter | undefined,
): { data: ProseFrontmatter; body: string; bodyLine: number } | null | undefined {
  const split = splitFrontmatter(readFileSync(path, 'utf8'));
  if (!split) return null;
  let raw: unknown;
  try {
    raw = parseYaml(split.frontmatter) ?? {};
  } catch {
    raw = undefined;
  }
  const data = parseWith(proseSchema, raw, path);
  return data ? { data, body: split.body, bodyLine: split.bodyLine } : undefined;
}

function listDir(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}
