/**
 * Finding stations on the map by name: the names each station answers to (its name and, for an entry, its
 * aliases, Latin and Chinese), and a ranking of the stations a query matches — the whole name, then the start
 * of the name, then the start of a word in it, then anywhere in it; entries before planned stations. Names
 * compare by `nameKey`, the one rule for "the same name" the validator and search use. Pure; runs in the
 * browser on the map page.
 */
import type { ModelFacts } from '../content/schema.ts';
import { nameKey } from '../atlas/names.ts';
import type { Network } from './network.ts';
import { domId } from './svg.ts';

/** A station as search sees it: its DOM id, its names (display name first) and whether it is planned. */
export interface Findable {
  id: string;
  names: string[];
  planned: boolean;
}

/** Every station of the network with the names it answers to, in keyboard-independent map order. */
export function findables(net: Network, models: readonly ModelFacts[]): Findable[] {
  const aliases = new Map(models.map((m) => [m.id, m.aliases]));
  return [...net.stations.values()]
    .filter((s) => s.lines.length > 0)
    .sort((a, b) => a.rank - b.rank)
    .map((s) => ({ id: domId(s.id), names: [s.name, ...(aliases.get(s.id) ?? [])], planned: s.kind === 'planned' }));
}

/** How well a name matches: 0 the whole name, 1 its start, 2 the start of a word, 3 anywhere; undefined if not. */
function matchRank(name: string, key: string): number | undefined {
  const k = nameKey(name);
  if (k === key) return 0;
  if (k.startsWith(key)) return 1;
  if (name.split(/[\s\-–—_/()（）]+/).some((word) => nameKey(word).startsWith(key))) return 2;
  if (k.includes(key)) return 3;
  return undefined;
}

/** The stations a query matches, best first (ties: entries first, then shorter names, then time order). */
export function findStations(stations: readonly Findable[], query: string): Findable[] {
  const key = nameKey(query);
  if (!key) return [];
  const hits: Array<{ s: Findable; rank: number; order: number }> = [];
  stations.forEach((s, order) => {
    const ranks = s.names.map((n) => matchRank(n, key)).filter((r): r is number => r !== undefined);
    if (ranks.length > 0) hits.push({ s, rank: Math.min(...ranks), order });
  });
  return hits
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(a.s.planned) - Number(b.s.planned) ||
        a.s.names[0]!.length - b.s.names[0]!.length ||
        a.order - b.order,
    )
    .map((h) => h.s);
}
