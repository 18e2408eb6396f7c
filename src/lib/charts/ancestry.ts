/**
 * The builds-on relation followed transitively: every ancestor of a model (what it builds on, and what that
 * builds on, …) and every descendant, each with its distance in generations and the nearer model it came through.
 */
import type { ModelFacts } from '../content/schema.ts';

export interface Relative {
  id: string;
  /** 1 for a direct parent or child, 2 for a grandparent or grandchild, … (shortest path). */
  generation: number;
  /** The model one generation nearer, on a shortest path (undefined for direct relatives). */
  via?: string;
}

type Links = Map<string, string[]>;

function parentLinks(models: readonly ModelFacts[]): Links {
  const known = new Set(models.map((m) => m.id));
  return new Map(models.map((m) => [m.id, m.builds_on.map((b) => b.model).filter((id) => known.has(id))]));
}

function childLinks(models: readonly ModelFacts[]): Links {
  const links: Links = new Map(models.map((m) => [m.id, []]));
  for (const m of models) for (const b of m.builds_on) links.get(b.model)?.push(m.id);
  return links;
}

/** Breadth-first walk from `start` (excluded), nearest generations first, ids sorted within a generation. */
function walk(start: string, links: Links): Relative[] {
  const seen = new Map<string, Relative>([[start, { id: start, generation: 0 }]]);
  let frontier = [start];
  for (let generation = 1; frontier.length > 0; generation++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of links.get(id) ?? []) {
        if (seen.has(n)) continue;
        seen.set(n, { id: n, generation, via: generation > 1 ? id : undefined });
        next.push(n);
      }
    }
    frontier = next.sort();
  }
  seen.delete(start);
  return [...seen.values()].sort((a, b) => a.generation - b.generation || a.id.localeCompare(b.id));
}

/** The builds-on relation indexed both ways once, for asking about many models (every model page asks). */
export interface Ancestry {
  /** Every model `modelId` builds on, directly or through others, nearest generation first. */
  ancestorsOf(modelId: string): Relative[];
  /** Every model that builds on `modelId`, directly or through others, nearest generation first. */
  descendantsDeep(modelId: string): Relative[];
}

/**
 * Reads every model's builds_on once; each question then walks only the relatives it returns, so answering
 * for all N models costs their relatives, not N times the atlas.
 */
export function ancestry(models: readonly ModelFacts[]): Ancestry {
  const parents = parentLinks(models);
  const children = childLinks(models);
  return { ancestorsOf: (id) => walk(id, parents), descendantsDeep: (id) => walk(id, children) };
}

/** Every model `modelId` builds on, directly or through others, nearest generation first. */
export function ancestorsOf(modelId: string, models: readonly ModelFacts[]): Relative[] {
  return ancestry(models).ancestorsOf(modelId);
}

/** Every model that builds on `modelId`, directly or through others, nearest generation first. */
export function descendantsDeep(modelId: string, models: readonly ModelFacts[]): Relative[] {
  return ancestry(models).descendantsDeep(modelId);
}
