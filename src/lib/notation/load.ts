/**
 * Reads every `content/models/<id>/arch.yaml` from disk (node:fs + yaml), validates and expands it, and reports
 * problems with the file, the line and the path inside the spec.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Scalar } from 'yaml';
import { architectureRecords, type ArchitectureRecord } from './architectures.ts';
import { NotationError } from './errors.ts';
import type { Issue } from '../issues.ts';
import type { Graph } from './graph.ts';
import type { ArchSpec } from './spec-schema.ts';
import { checkSpec } from './validate.ts';

export interface LoadedSpec {
  /** Path relative to the project root. */
  file: string;
  model: string;
  spec: ArchSpec;
  /** One graph per variant of every network, in spec order. */
  graphs: Graph[];
}

export interface LoadedSpecs {
  specs: LoadedSpec[];
  issues: Issue[];
}

const SPEC_NAMES = ['arch.yaml', 'arch.yml'];

/** Splits `networks[0].layers[3].conv.c` into YAML path keys. */
function pathKeys(field: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return keys;
}

/** Parses and checks one spec file's text; `file` is used in messages. */
export function checkSpecText(
  text: string,
  file: string,
  expectedModel?: string,
): { spec?: ArchSpec; graphs: Graph[]; issues: Issue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return {
      graphs: [],
      issues: [
        { file, line: lineCounter.linePos(e.pos[0]).line, message: `not valid YAML: ${e.message.split('\n')[0]}` },
      ],
    };
  }
  const result = checkSpec(doc.toJS(), file, expectedModel);
  for (const issue of result.issues) {
    if (!issue.field) continue;
    // The deepest part of the path present in the file gives the line: a key's own line, or a list item's.
    const keys = pathKeys(issue.field);
    for (let n = keys.length; n > 0; n--) {
      const parent = n === 1 ? doc.contents : doc.getIn(keys.slice(0, n - 1), true);
      const last = keys[n - 1];
      let range: [number, number, number] | null | undefined;
      if (isMap(parent))
        range = (parent.items.find((p) => isScalar(p.key) && p.key.value === last)?.key as Scalar | undefined)?.range;
      else if (isSeq(parent) && typeof last === 'number')
        range = (parent.items[last] as { range?: [number, number, number] } | undefined)?.range;
      if (range) {
        issue.line = lineCounter.linePos(range[0]).line;
        break;
      }
    }
  }
  return result;
}

/** Loads every model's arch.yaml under `<projectRoot>/<contentDir>/models/`. Never throws for bad specs. */
export function loadArchSpecs(projectRoot: string, contentDir = 'content'): LoadedSpecs {
  const modelsDir = join(projectRoot, contentDir, 'models');
  const out: LoadedSpecs = { specs: [], issues: [] };
  if (!existsSync(modelsDir)) return out;
  for (const model of readdirSync(modelsDir).sort()) {
    const dir = join(modelsDir, model);
    if (!statSync(dir).isDirectory()) continue;
    const name = SPEC_NAMES.find((n) => existsSync(join(dir, n)));
    if (!name) continue;
    const path = join(dir, name);
    const file = relative(projectRoot, path).split('\\').join('/');
    const result = checkSpecText(readFileSync(path, 'utf8'), file, model);
    out.issues.push(...result.issues);
    if (result.spec && result.issues.length === 0)
      out.specs.push({ file, model, spec: result.spec, graphs: result.graphs });
  }
  return out;
}

/** Like loadArchSpecs, but throws a NotationError listing every problem (for the build). */
export function loadArchSpecsOrThrow(projectRoot: string, contentDir = 'content'): LoadedSpec[] {
  const { specs, issues } = loadArchSpecs(projectRoot, contentDir);
  if (issues.length) throw new NotationError(issues);
  return specs;
}

/** Open data: per model id, `[{ variant, input, params, mult_adds }]` for every variant of every network. */
export function loadArchitectures(projectRoot: string, contentDir = 'content'): Record<string, ArchitectureRecord[]> {
  const result: Record<string, ArchitectureRecord[]> = {};
  for (const s of loadArchSpecsOrThrow(projectRoot, contentDir)) result[s.model] = architectureRecords(s.graphs);
  return result;
}

const cache = new Map<string, LoadedSpec[]>();

/**
 * Memoised loadArchSpecsOrThrow, for pages that each need one model's graphs during a build:
 * the files are read and expanded once per process.
 */
export function getArchSpecs(projectRoot: string, contentDir = 'content'): LoadedSpec[] {
  const key = `${projectRoot}\u0000${contentDir}`;
  let specs = cache.get(key);
  if (!specs) {
    specs = loadArchSpecsOrThrow(projectRoot, contentDir);
    cache.set(key, specs);
  }
  return specs;
}

/** One model's loaded spec, or undefined when the model has no arch.yaml. */
export function getArchSpec(projectRoot: string, model: string, contentDir = 'content'): LoadedSpec | undefined {
  return getArchSpecs(projectRoot, contentDir).find((s) => s.model === model);
}
