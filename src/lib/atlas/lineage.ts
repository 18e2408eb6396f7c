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
