/**
 * Stations along a direction's line, in time order: models with entries and planned stations.
 * Pure: takes plain data, returns ordered lists; pages and the map both use it.
 */
import type { Direction, ModelFacts } from '../content/schema.ts';

export type Station =
  | { kind: 'model'; id: string; name: string; year: number; month: number }
  | { kind: 'planned'; name: string; year: number };

/** Planned stations carry only a year: place them mid-year among dated entries. */
const PLANNED_MONTH = 6.5;

function timeKey(station: Station): number {
  return station.year * 12 + (station.kind === 'model' ? station.month : PLANNED_MONTH);
}

/** All stations of one direction, oldest first; ties broken by name so the order is stable. */
export function stationsOf(direction: Direction, models: readonly ModelFacts[]): Station[] {
  const stations: Station[] = [
    ...models
      .filter((m) => m.directions.includes(direction.id))
      .map((m): Station => ({ kind: 'model', id: m.id, name: m.name, year: m.year, month: m.month })),
    ...direction.planned.map((p): Station => ({ kind: 'planned', name: p.name, year: p.year })),
  ];
  return stations.sort((a, b) => timeKey(a) - timeKey(b) || a.name.localeCompare(b.name));
}

/**
 * What a model changed, as told on its direction's page: the change its lineage records against a model on
 * the same line (the latest it lists), else against any model it builds on; undefined when it builds on none.
 */
export function changeOnLine(
  model: ModelFacts,
  direction: string,
  models: readonly ModelFacts[],
): { from: string; change: ModelFacts['builds_on'][number]['change'] } | undefined {
  const onLine = new Set(models.filter((m) => m.directions.includes(direction)).map((m) => m.id));
  const known = model.builds_on.filter((b) => models.some((m) => m.id === b.model));
  const pick = known.filter((b) => onLine.has(b.model)).at(-1) ?? known[0];
  return pick ? { from: pick.model, change: pick.change } : undefined;
}
