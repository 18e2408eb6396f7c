/**
 * The atlas's own content as the build sees it, loaded once per test file: directions in map order, models
 * A–Z by name (the order `src/data/atlas.ts` hands to pages), the map hints and every layer spec with its
 * computed per-variant totals. Tests that read real content use this one loader, so they see what the
 * site renders; rules are better tested on small hand-built inputs.
 */
import { loadContent } from '../../src/lib/content/load.ts';
import type { Direction, ModelFacts } from '../../src/lib/content/schema.ts';
import { byName } from '../../src/lib/atlas/sort.ts';
import { loadMapHints } from '../../src/lib/metro/load-map.ts';
import type { MapHints } from '../../src/lib/metro/map-schema.ts';
import { loadArchSpecsOrThrow, type LoadedSpec } from '../../src/lib/notation/load.ts';
import { architectureRecords, type ArchitectureRecord } from '../../src/lib/notation/architectures.ts';

/** The project root, with a trailing slash. */
export const root = new URL('../..', import.meta.url).pathname;

export interface RealContent {
  directions: Direction[];
  models: ModelFacts[];
  hints: MapHints;
  /** Every model's layer spec, expanded into one graph per variant. */
  specs: LoadedSpec[];
  /** Per model id, the computed totals of every variant (what the charts and the open data use). */
  archs: Record<string, ArchitectureRecord[]>;
}

let cached: RealContent | undefined;

export function realContent(): RealContent {
  if (!cached) {
    const content = loadContent(root);
    const specs = loadArchSpecsOrThrow(root);
    cached = {
      directions: content.directions.map((d) => d.data).sort((a, b) => a.order - b.order),
      models: content.models.map((m) => m.data).sort(byName),
      hints: loadMapHints(`${root}content`),
      specs,
      archs: Object.fromEntries(specs.map((s) => [s.model, architectureRecords(s.graphs)])),
    };
  }
  return cached;
}
