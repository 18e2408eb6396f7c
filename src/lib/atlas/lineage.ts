/** The builds-on relation read both ways: what a model builds on, and what builds on it. */
import type { ModelFacts } from '../content/schema.ts';

export interface Descendant {
  id: string;
  change: ModelFacts['builds_on'][number]['change'];
}

/** Models that list `modelId` in their builds_on, oldest first. */
export function descendantsOf(modelId: string, models: readonly ModelFacts[]): Descendant[] {
  return models
    .filter((m) => m.builds_on.some((b) => b.model === modelId))
    .sort((a, b) => a.year * 12 + a.month - (b.year * 12 + b.month) || a.name.localeCompare(b.name))
    .map((m) => ({ id: m.id, change: m.builds_on.find((b) => b.model === modelId)!.change }));
}
