/** The atlas's own content and computed architectures, loaded once for the chart tests. */
import { loadContent } from '../../../src/lib/content/load.ts';
import { loadArchitectures } from '../../../src/lib/notation/load.ts';
import type { Direction, ModelFacts } from '../../../src/lib/content/schema.ts';
import type { ComputedArchitecture } from '../../../src/lib/charts/figures.ts';

const root = new URL('../../..', import.meta.url).pathname;

let cached:
  { models: ModelFacts[]; directions: Direction[]; archs: Record<string, ComputedArchitecture[]> } | undefined;

export function realContent() {
  if (!cached) {
    const content = loadContent(root);
    cached = {
      models: content.models.map((m) => m.data),
      directions: content.directions.map((d) => d.data).sort((a, b) => a.order - b.order),
      archs: loadArchitectures(root),
    };
  }
  return cached;
}
