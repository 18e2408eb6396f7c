/** The real atlas as the map sees it, loaded once for the metro tests. */
import { loadContent } from '../../../src/lib/content/load.ts';
import type { Direction, ModelFacts } from '../../../src/lib/content/schema.ts';
import { loadMapHints } from '../../../src/lib/metro/load-map.ts';
import type { MapHints } from '../../../src/lib/metro/map-schema.ts';

export const root = new URL('../../..', import.meta.url).pathname;

let cached: { directions: Direction[]; models: ModelFacts[]; hints: MapHints } | undefined;

export function realAtlas(): { directions: Direction[]; models: ModelFacts[]; hints: MapHints } {
  if (!cached) {
    const content = loadContent(root);
    cached = {
      directions: content.directions.map((d) => d.data),
      models: content.models.map((m) => m.data),
      hints: loadMapHints(`${root}content`),
    };
  }
  return cached;
}
