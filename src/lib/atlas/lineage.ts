/** The builds-on relation read both ways: what a model builds on, and what builds on it. */
import type { ModelFacts } from '../content/schema.ts';

export interface Descendant {
  id: string;
  change: ModelFacts['builds_on'][number]['change'];
}

const byTimeThenName = (a: ModelFacts, b: ModelFacts) =>
  a.year * 12 + a.month - (b.year * 12 + b.month) || a.name.localeCompare(b.name);

/**
 * Every model's descendants (the models that list it in their builds_on, oldest first), from one pass over the
 * models: every model page asks, and scanning the atlas for each would cost N² as it grows.
 */
export function descendantsIndex(models: readonly ModelFacts[]): (modelId: string) => Descendant[] {
  const children = new Map<string, ModelFacts[]>();
  for (const m of models)
    for (const parent of new Set(m.builds_on.map((b) => b.model))) {
      const list = children.get(parent);
      if (list) list.push(m);
      else children.set(parent, [m]);
    }
  const sorted = new Map<string, Descendant[]>();
  return (modelId) => {
    let found = sorted.get(modelId);
    if (!found) {
      found = [...(children.get(modelId) ?? [])]
        .sort(byTimeThenName)
        .map((m) => ({ id: m.id, change: m.builds_on.find((b) => b.model === modelId)!.change }));
      sorted.set(modelId, found);
    }
    return found;
  };
}

/** Models that list `modelId` in their builds_on, oldest first. */
export function descendantsOf(modelId: string, models: readonly ModelFacts[]): Descendant[] {
  return descendantsIndex(models)(modelId);
}

/** A long "built on by" list split for the model page: the children shown with their change line, and the rest. */
export interface DescendantSplit {
  featured: Descendant[];
  others: Descendant[];
}

/**
 * Keeps a model page's "built on by" list readable and its weight bounded as the atlas grows: a backbone such as
 * ResNet has forty direct children (hundreds at 2,000 models), and each change line is a sentence. The `limit`
 * children with the most descendants of their own — the ones later work kept building on — keep their line; the
 * others are listed by name (their own page and the lineage list say what they changed). Both parts keep the
 * input's order (oldest first); ties in `weight` go to the older child.
 */
export function splitDescendants(
  descendants: readonly Descendant[],
  weight: (modelId: string) => number,
  limit: number,
): DescendantSplit {
  if (descendants.length <= limit) return { featured: [...descendants], others: [] };
  const ranked = descendants
    .map((d, order) => ({ id: d.id, order, weight: weight(d.id) }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  const keep = new Set(ranked.slice(0, limit).map((r) => r.id));
  return {
    featured: descendants.filter((d) => keep.has(d.id)),
    others: descendants.filter((d) => !keep.has(d.id)),
  };
}
