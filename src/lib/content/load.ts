/**
 * Reads the `content/` folder from disk and parses every file against its schema.
 * Layout: `directions/<id>.yaml`, `models/<id>/facts.yaml`, `models/<id>/<locale>.mdx`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { directionSchema, LOCALES, modelSchema, proseSchema } from './schema.ts';
import type { Direction, Locale, ModelFacts, ProseFrontmatter } from './schema.ts';
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

export function loadContent(projectRoot: string, contentDir = 'content'): LoadedContent {
  const root = join(projectRoot, contentDir);
  const rel = (p: string) => relative(projectRoot, p).split('\\').join('/');
  const out: LoadedContent = { directions: [], models: [], prose: [], orphanFolders: [], issues: [] };

  const parseWith = <S extends z.ZodType>(schema: S, raw: unknown, file: string): z.output<S> | undefined => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      out.issues.push({ file, field: formatPath(issue.path) || undefined, message: describeZodIssue(issue) });
    }
    return undefined;
  };

  const readYaml = (path: string): unknown => {
    try {
      return parseYaml(readFileSync(path, 'utf8'));
    } catch (error) {
      out.issues.push({ file: rel(path), message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      return undefined;
    }
  };

  const directionsDir = join(root, 'directions');
  for (const name of listDir(directionsDir)) {
    const path = join(directionsDir, name);
    if (!/\.ya?ml$/.test(name)) {
      out.issues.push({ file: rel(path), message: 'unexpected file: directions are <id>.yaml' });
      continue;
    }
    const raw = readYaml(path);
    if (raw === undefined) continue;
    const data = parseWith(directionSchema, raw, rel(path));
    if (data) out.directions.push({ file: rel(path), data });
  }

  const modelsDir = join(root, 'models');
  for (const folder of listDir(modelsDir)) {
    const dir = join(modelsDir, folder);
    if (!statSync(dir).isDirectory()) {
      out.issues.push({ file: rel(dir), message: 'unexpected file: each model is a folder models/<id>/' });
      continue;
    }
    const files = listDir(dir);
    const factsPath = join(dir, 'facts.yaml');
    if (existsSync(factsPath)) {
      const raw = readYaml(factsPath);
      const data = raw === undefined ? undefined : parseWith(modelSchema, raw, rel(factsPath));
      if (data) out.models.push({ file: rel(factsPath), data });
    } else {
      out.orphanFolders.push(rel(dir));
    }
    for (const name of files) {
      if (name === 'facts.yaml' || OTHER_MODEL_FILES.test(name)) continue;
      const path = join(dir, name);
      const locale = name.replace(/\.mdx$/, '');
      if (!name.endsWith('.mdx') || !(LOCALES as readonly string[]).includes(locale)) {
        out.issues.push({
          file: rel(path),
          message: `unexpected file: a model folder holds facts.yaml and ${LOCALES.map((l) => `${l}.mdx`).join(', ')}`,
        });
        continue;
      }
      const split = splitFrontmatter(readFileSync(path, 'utf8'));
      if (!split) {
        out.issues.push({ file: rel(path), message: 'missing frontmatter (--- summary: … ---)' });
        continue;
      }
      let rawFront: unknown;
      try {
        rawFront = parseYaml(split.frontmatter) ?? {};
      } catch (error) {
        out.issues.push({ file: rel(path), message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
        continue;
      }
      const data = parseWith(proseSchema, rawFront, rel(path));
      if (data) {
        out.prose.push({ file: rel(path), data, model: folder, locale: locale as Locale, body: split.body, bodyLine: split.bodyLine });
      }
    }
  }

  out.directions.sort((a, b) => a.data.order - b.data.order || a.data.id.localeCompare(b.data.id));
  out.models.sort((a, b) => a.data.id.localeCompare(b.data.id));
  out.prose.sort((a, b) => a.file.localeCompare(b.file));
  return out;
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
