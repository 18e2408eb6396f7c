/**
 * Build-time access to the methods and benchmarks, and to what is computed from them once per build: who
 * introduced and uses every method (from the layer specs and the models' facts), and every benchmark's boards.
 * Pages read them from here, sorted deterministically, so that no page computes them twice or differently.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Benchmark, MethodFacts } from '../lib/content/schema.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import {
  methodsByModel,
  methodUsages,
  specOccurrences,
  type MethodUsage,
  type ModelMethod,
} from '../lib/methods/usage.ts';
import type { Occurrence } from '../lib/methods/match.ts';
import { boardsOf, resultsByBenchmark, type Board } from '../lib/benchmarks/leaderboard.ts';
import { allModels } from './atlas.ts';
import { allArchSpecs } from './arch-specs.ts';

/** The methods in id order. */
export async function allMethods(): Promise<MethodFacts[]> {
  return (await getCollection('methods')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** The benchmarks in id order. */
export async function allBenchmarks(): Promise<Benchmark[]> {
  return (await getCollection('benchmarks')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** A method's explanation in one language (the content guard has made sure it exists). */
export async function methodProseOf(id: string, locale: Locale): Promise<CollectionEntry<'methodProse'>> {
  const entry = await getEntry('methodProse', `${id}/${locale}`);
  if (!entry) throw new Error(`content/methods/${id}/${locale}.mdx: missing explanation`);
  return entry;
}

interface MethodIndex {
  usages: MethodUsage[];
  /** Per model, the methods it introduces or uses (what its page lists). */
  byModel: ReadonlyMap<string, ModelMethod[]>;
  /** Per model and method, where the model's spec shows the method. */
  occurrences: Map<string, Map<string, Occurrence[]>>;
}

let methodIndex: Promise<MethodIndex> | undefined;

/** Every method's introducer and users, and the spec occurrences behind them (computed once per build). */
export function methodIndexOf(): Promise<MethodIndex> {
  if (import.meta.env.DEV) methodIndex = undefined;
  methodIndex ??= (async () => {
    const [methods, models] = await Promise.all([allMethods(), allModels()]);
    const occurrences = specOccurrences(allArchSpecs(), methods);
    const usages = methodUsages(methods, models, occurrences);
    return { usages, byModel: methodsByModel(usages), occurrences };
  })();
  return methodIndex;
}

let boards: Promise<Map<string, Board[]>> | undefined;

/** Every benchmark's boards, by benchmark id (computed once per build). */
export function allBoards(): Promise<Map<string, Board[]>> {
  if (import.meta.env.DEV) boards = undefined;
  boards ??= (async () => {
    const [benchmarks, models] = await Promise.all([allBenchmarks(), allModels()]);
    const placed = resultsByBenchmark(models, benchmarks);
    return new Map(benchmarks.map((b) => [b.id, boardsOf(b, placed.get(b.id) ?? [])]));
  })();
  return boards;
}
