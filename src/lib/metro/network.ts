/**
 * The map's network: stations (entries and planned ones, a planned name shared by several lines being one
 * interchange), lines in map order, and each line's tracks (a trunk plus the branches named in map hints).
 * Pure: directions, models and hints in, network and any problems with the hints out.
 */
import type { Bilingual, Direction, ModelFacts } from '../content/schema.ts';
import { stationsOf } from '../atlas/lines.ts';
import { nameKey } from '../atlas/names.ts';
import type { Issue } from '../issues.ts';
import type { MapHints } from './map-schema.ts';

export interface NetStation {
  /** Model id for an entry; `~` and the normalised name for a planned station. */
  id: string;
  name: string;
  year: number;
  /** 1–12 for entries; 0 for planned stations, which carry only a year. */
  month: number;
  kind: 'model' | 'planned';
  /** Line ids in map order. */
  lines: string[];
  /** Position in the global time order (0 = oldest). */
  rank: number;
}

export interface NetTrack {
  /** `line/track`, unique on the map. */
  key: string;
  id: string;
  line: string;
  trunk: boolean;
  name?: Bilingual;
  side: 'above' | 'below';
  /** Station ids in time order. */
  stations: string[];
  from?: string;
  to?: string;
}

export interface NetLine {
  id: string;
  name: Bilingual;
  /** Name at the termini. */
  short: Bilingual;
  colour: string;
  colourDark: string;
  /** Trunk first, then branches as listed in the hints. */
  tracks: NetTrack[];
}

export interface Network {
  /** Top to bottom. */
  lines: NetLine[];
  stations: Map<string, NetStation>;
}

export const TRUNK = 'trunk';

/** Months for ordering: planned stations sit mid-year, as on direction pages. */
export const timeKey = (s: Pick<NetStation, 'year' | 'month'>): number => s.year * 12 + (s.month || 6.5);

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The stations a track runs through, with the stations it branches from and joins. */
export function trackPath(track: NetTrack): string[] {
  return [...(track.from ? [track.from] : []), ...track.stations, ...(track.to ? [track.to] : [])];
}

/** Every edge of every track, in line and track order: consecutive stations `a` → `b` along the track. */
export function* trackSteps(
  net: Network,
): Generator<{ line: NetLine; track: NetTrack; a: string; b: string; index: number }> {
  for (const line of net.lines) {
    for (const track of line.tracks) {
      const path = trackPath(track);
      for (let i = 1; i < path.length; i++) yield { line, track, a: path[i - 1]!, b: path[i]!, index: i };
    }
  }
}

export function buildNetwork(
  directions: readonly Direction[],
  models: readonly ModelFacts[],
  hints: MapHints,
  hintsFile = 'content/map.yaml',
): { network: Network; problems: Issue[] } {
  const problems: Issue[] = [];
  const at = (field: string, message: string) => problems.push({ file: hintsFile, field, message });

  // Line order: listed lines first, then the rest by direction order.
  const byId = new Map(directions.map((d) => [d.id, d]));
  hints.order.forEach((id, i) => {
    if (!byId.has(id)) at(`order[${i}]`, `unknown direction "${id}"`);
  });
  for (const id of Object.keys(hints.lines)) if (!byId.has(id)) at(`lines.${id}`, `unknown direction "${id}"`);
  const listed = hints.order.filter((id, i) => byId.has(id) && hints.order.indexOf(id) === i);
  const ordered = [
    ...listed.map((id) => byId.get(id)!),
    ...[...directions].filter((d) => !listed.includes(d.id)).sort((a, b) => a.order - b.order),
  ];

  // Stations: entries by id; planned stations by normalised name, shared across lines.
  const stations = new Map<string, NetStation>();
  const aliases = new Map<string, string[]>();
  for (const m of models) aliases.set(m.id, [m.name, ...m.aliases].map(nameKey));
  const byName = new Map<string, string>();
  for (const m of models) for (const n of aliases.get(m.id)!) if (!byName.has(n)) byName.set(n, m.id);
  const lineStations = new Map<string, string[]>();
  for (const d of ordered) {
    const ids: string[] = [];
    for (const s of stationsOf(d, models)) {
      let id: string;
      if (s.kind === 'model') {
        id = s.id;
        if (!stations.has(id))
          stations.set(id, { id, name: s.name, year: s.year, month: s.month, kind: 'model', lines: [], rank: 0 });
      } else {
        const key = nameKey(s.name);
        // A planned station that already has an entry is the entry (the planned line is left over).
        id = byName.get(key) ?? `~${key}`;
        const existing = stations.get(id);
        if (!existing)
          stations.set(id, { id, name: s.name, year: s.year, month: 0, kind: 'planned', lines: [], rank: 0 });
        else if (existing.kind === 'planned' && existing.year !== s.year) {
          problems.push({
            file: `content/directions/${d.id}.yaml`,
            field: 'planned',
            message: `planned station "${s.name}" has year ${s.year} here but ${existing.year} on another line`,
          });
        }
      }
      if (ids.includes(id)) continue;
      ids.push(id);
      stations.get(id)!.lines.push(d.id);
    }
    lineStations.set(d.id, ids);
  }

  // Global time order.
  const all = [...stations.values()].sort(
    (a, b) => timeKey(a) - timeKey(b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
  all.forEach((s, i) => (s.rank = i));

  const lines: NetLine[] = [];
  for (const d of ordered) {
    const hint = hints.lines[d.id];
    const members = lineStations.get(d.id)!;
    const resolve = (ref: string, path: string): string | undefined => {
      const key = nameKey(ref);
      const hit = members.find(
        (id) => id === ref || nameKey(stations.get(id)!.name) === key || (aliases.get(id) ?? []).includes(key),
      );
      if (!hit) at(path, `"${ref}" is not a station of ${d.id}`);
      return hit;
    };
    const taken = new Map<string, string>();
    const sortTrack = (ids: string[], listedOrder: string[]) =>
      ids.sort((a, b) => {
        const sa = stations.get(a)!;
        const sb = stations.get(b)!;
        const ia = listedOrder.indexOf(a);
        const ib = listedOrder.indexOf(b);
        return timeKey(sa) - timeKey(sb) || (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || sa.rank - sb.rank;
      });

    const branches: NetTrack[] = [];
    const trackIds = new Set<string>([TRUNK]);
    (hint?.tracks ?? []).forEach((t, ti) => {
      const base = `lines.${d.id}.tracks[${ti}]`;
      if (trackIds.has(t.id)) at(`${base}.id`, `track id "${t.id}" is used twice on ${d.id}`);
      trackIds.add(t.id);
      const ids: string[] = [];
      t.stations.forEach((ref, si) => {
        const id = resolve(ref, `${base}.stations[${si}]`);
        if (!id) return;
        const owner = taken.get(id);
        if (owner) at(`${base}.stations[${si}]`, `"${ref}" is already on track "${owner}"`);
        else {
          taken.set(id, t.id);
          ids.push(id);
        }
      });
      if (ids.length === 0) return;
      const listedOrder = [...ids];
      branches.push({
        key: `${d.id}/${t.id}`,
        id: t.id,
        line: d.id,
        trunk: false,
        ...(t.name ? { name: t.name } : {}),
        side: t.side,
        stations: sortTrack(ids, listedOrder),
        ...(t.from ? { from: resolve(t.from, `${base}.from`) } : {}),
        ...(t.to ? { to: resolve(t.to, `${base}.to`) } : {}),
      });
    });
    const trunkOrder = (hint?.trunk ?? [])
      .map((ref, i) => resolve(ref, `lines.${d.id}.trunk[${i}]`))
      .filter((id): id is string => !!id);
    for (const id of trunkOrder)
      if (taken.has(id))
        at(`lines.${d.id}.trunk`, `"${stations.get(id)!.name}" is on track "${taken.get(id)}", not the trunk`);
    const trunkIds = members.filter((id) => !taken.has(id));
    if (trunkIds.length === 0 && members.length > 0)
      at(`lines.${d.id}`, 'every station is on a branch: leave some on the trunk');

    // A branch joins the line at stations on other tracks, in time order.
    for (const b of branches) {
      if (b.from === undefined) delete b.from;
      if (b.to === undefined) delete b.to;
      const first = stations.get(b.stations[0]!)!;
      const last = stations.get(b.stations.at(-1)!)!;
      if (b.from && b.stations.includes(b.from))
        at(`lines.${d.id}.tracks.${b.id}.from`, 'must be a station on another track');
      if (b.to && b.stations.includes(b.to))
        at(`lines.${d.id}.tracks.${b.id}.to`, 'must be a station on another track');
      if (b.from && stations.get(b.from)!.year > first.year)
        at(
          `lines.${d.id}.tracks.${b.id}.from`,
          `"${stations.get(b.from)!.name}" is later than the track's first station`,
        );
      if (b.to && stations.get(b.to)!.year < last.year)
        at(`lines.${d.id}.tracks.${b.id}.to`, `"${stations.get(b.to)!.name}" is earlier than the track's last station`);
    }

    const tracks: NetTrack[] =
      trunkIds.length > 0
        ? [
            {
              key: `${d.id}/${TRUNK}`,
              id: TRUNK,
              line: d.id,
              trunk: true,
              side: 'below',
              stations: sortTrack([...trunkIds], trunkOrder),
            },
            ...branches,
          ]
        : branches;
    lines.push({
      id: d.id,
      name: d.name,
      short: hint?.short ?? d.name,
      colour: d.colour,
      colourDark: d.colour_dark,
      tracks,
    });
  }
  return { network: { lines, stations }, problems };
}
