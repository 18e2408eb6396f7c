/**
 * The map's network: stations (entries and planned ones, a planned name shared by several lines being one
 * interchange), lines in map order, and each line's tracks (a trunk plus the branches named in map hints).
 * Pure: directions, models and hints in, network and any problems with the hints out.
 */
import type { Bilingual, Direction, ModelFacts } from '../content/schema.ts';
import { stationsOf } from '../atlas/lines.ts';
import { nameKey } from '../atlas/names.ts';
import type { Issue } from '../issues.ts';
import type { LineHint, MapHints, TrackHint } from './map-schema.ts';

export interface NetStation {
  /** Model id for an entry; `~` and the name key (atlas/names.ts) for a planned station. */
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

/** Planned stations carry only a year: for ordering they sit mid-year, as on direction pages. */
const PLANNED_MONTH = 6.5;

/** Months for ordering: planned stations sit mid-year, as on direction pages. */
export const timeKey = (s: Pick<NetStation, 'year' | 'month'>): number => s.year * 12 + (s.month || PLANNED_MONTH);

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

/** Where problems go: a field of the hints file, or an issue in another file. */
interface Report {
  hint(field: string, message: string): void;
  other(issue: Issue): void;
}

/** Every model's name keys (name and aliases), and the model each key belongs to first. */
interface Names {
  of: Map<string, string[]>;
  owner: Map<string, string>;
}

/**
 * Builds the network in four steps: the order of the lines, the stations of each line (entries by id, planned
 * stations by name key, so one planned name on two lines is one interchange), one time order over all
 * stations, and each line's tracks from the hints. Invariants of the result: every station lies on at least
 * one line and on exactly one track of each of its lines; `rank` is a total order by time (ties by name, then
 * id); each track's stations are in time order, ties broken by the order the hints list them. Problems with
 * the hints (unknown lines or stations, a station on two tracks, junctions out of time order) are reported
 * with file and field, and the network is built as far as it can be.
 */
export function buildNetwork(
  directions: readonly Direction[],
  models: readonly ModelFacts[],
  hints: MapHints,
  hintsFile = 'content/map.yaml',
): { network: Network; problems: Issue[] } {
  const problems: Issue[] = [];
  const report: Report = {
    hint: (field, message) => problems.push({ file: hintsFile, field, message }),
    other: (issue) => problems.push(issue),
  };
  const ordered = orderLines(directions, hints, report);
  const names = modelNames(models);
  const { stations, members } = collectStations(ordered, models, names, report);
  rankStations(stations);
  const lines = ordered.map((d) => buildTracks(d, hints.lines[d.id], members.get(d.id)!, stations, names, report));
  return { network: { lines, stations }, problems };
}

/** Lines listed in the hints first, in their order; the rest by direction order. */
function orderLines(directions: readonly Direction[], hints: MapHints, report: Report): Direction[] {
  const byId = new Map(directions.map((d) => [d.id, d]));
  hints.order.forEach((id, i) => {
    if (!byId.has(id)) report.hint(`order[${i}]`, `unknown direction "${id}"`);
  });
  for (const id of Object.keys(hints.lines)) if (!byId.has(id)) report.hint(`lines.${id}`, `unknown direction "${id}"`);
  const listed = hints.order.filter((id, i) => byId.has(id) && hints.order.indexOf(id) === i);
  return [
    ...listed.map((id) => byId.get(id)!),
    ...[...directions].filter((d) => !listed.includes(d.id)).sort((a, b) => a.order - b.order),
  ];
}

function modelNames(models: readonly ModelFacts[]): Names {
  const of = new Map<string, string[]>();
  for (const m of models) of.set(m.id, [m.name, ...m.aliases].map(nameKey));
  const owner = new Map<string, string>();
  for (const m of models) for (const n of of.get(m.id)!) if (!owner.has(n)) owner.set(n, m.id);
  return { of, owner };
}

/** Each line's stations in time order, and every station once with the lines it is on (in map order). */
function collectStations(
  ordered: readonly Direction[],
  models: readonly ModelFacts[],
  names: Names,
  report: Report,
): { stations: Map<string, NetStation>; members: Map<string, string[]> } {
  const stations = new Map<string, NetStation>();
  const members = new Map<string, string[]>();
  for (const d of ordered) {
    const ids: string[] = [];
    for (const s of stationsOf(d, models)) {
      const id = s.kind === 'model' ? addEntry(stations, s) : addPlanned(stations, d.id, s, names, report);
      if (ids.includes(id)) continue;
      ids.push(id);
      stations.get(id)!.lines.push(d.id);
    }
    members.set(d.id, ids);
  }
  return { stations, members };
}

function addEntry(
  stations: Map<string, NetStation>,
  s: { id: string; name: string; year: number; month: number },
): string {
  if (!stations.has(s.id))
    stations.set(s.id, { id: s.id, name: s.name, year: s.year, month: s.month, kind: 'model', lines: [], rank: 0 });
  return s.id;
}

/** A planned station that already has an entry is the entry (the planned line is left over). */
function addPlanned(
  stations: Map<string, NetStation>,
  line: string,
  s: { name: string; year: number },
  names: Names,
  report: Report,
): string {
  const key = nameKey(s.name);
  const id = names.owner.get(key) ?? `~${key}`;
  const existing = stations.get(id);
  if (!existing) stations.set(id, { id, name: s.name, year: s.year, month: 0, kind: 'planned', lines: [], rank: 0 });
  else if (existing.kind === 'planned' && existing.year !== s.year)
    report.other({
      file: `content/directions/${line}.yaml`,
      field: 'planned',
      message: `planned station "${s.name}" has year ${s.year} here but ${existing.year} on another line`,
    });
  return id;
}

/** One time order over every station: by month, then by name, then by id, so it never depends on input order. */
function rankStations(stations: Map<string, NetStation>): void {
  const all = [...stations.values()].sort(
    (a, b) => timeKey(a) - timeKey(b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
  all.forEach((s, i) => (s.rank = i));
}

/** What building one line's tracks needs: its stations, a way to resolve the hints' names, and the report. */
interface LineContext {
  line: string;
  members: string[];
  stations: Map<string, NetStation>;
  /** The member a hint names (by id, name or alias), or undefined after reporting it at `path`. */
  resolve(ref: string, path: string): string | undefined;
  report: Report;
}

/** A line's tracks: the branches the hints name, and the trunk holding every other station (first). */
function buildTracks(
  d: Direction,
  hint: LineHint | undefined,
  members: string[],
  stations: Map<string, NetStation>,
  names: Names,
  report: Report,
): NetLine {
  const ctx: LineContext = {
    line: d.id,
    members,
    stations,
    report,
    resolve: (ref, path) => {
      const key = nameKey(ref);
      const hit = members.find(
        (id) => id === ref || nameKey(stations.get(id)!.name) === key || (names.of.get(id) ?? []).includes(key),
      );
      if (!hit) report.hint(path, `"${ref}" is not a station of ${d.id}`);
      return hit;
    },
  };
  /** Station → the branch it was put on. */
  const taken = new Map<string, string>();
  const branches = buildBranches(ctx, hint?.tracks ?? [], taken);
  const trunk = buildTrunk(ctx, hint?.trunk ?? [], taken);
  checkJunctions(ctx, branches);
  return {
    id: d.id,
    name: d.name,
    short: hint?.short ?? d.name,
    colour: d.colour,
    colourDark: d.colour_dark,
    tracks: trunk ? [trunk, ...branches] : branches,
  };
}

/** Time order; within a month, the order the hints list the stations in, then the global order. */
function sortTrack(ctx: LineContext, ids: string[], listedOrder: string[]): string[] {
  return ids.sort((a, b) => {
    const sa = ctx.stations.get(a)!;
    const sb = ctx.stations.get(b)!;
    const ia = listedOrder.indexOf(a);
    const ib = listedOrder.indexOf(b);
    return timeKey(sa) - timeKey(sb) || (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || sa.rank - sb.rank;
  });
}

function buildBranches(ctx: LineContext, hints: readonly TrackHint[], taken: Map<string, string>): NetTrack[] {
  const branches: NetTrack[] = [];
  const trackIds = new Set<string>([TRUNK]);
  hints.forEach((t, ti) => {
    const base = `lines.${ctx.line}.tracks[${ti}]`;
    if (trackIds.has(t.id)) ctx.report.hint(`${base}.id`, `track id "${t.id}" is used twice on ${ctx.line}`);
    trackIds.add(t.id);
    const ids: string[] = [];
    t.stations.forEach((ref, si) => {
      const id = ctx.resolve(ref, `${base}.stations[${si}]`);
      if (!id) return;
      const owner = taken.get(id);
      if (owner) ctx.report.hint(`${base}.stations[${si}]`, `"${ref}" is already on track "${owner}"`);
      else {
        taken.set(id, t.id);
        ids.push(id);
      }
    });
    if (ids.length === 0) return;
    const listedOrder = [...ids];
    const stations = sortTrack(ctx, ids, listedOrder);
    const from = t.from ? ctx.resolve(t.from, `${base}.from`) : undefined;
    const to = t.to ? ctx.resolve(t.to, `${base}.to`) : undefined;
    branches.push({
      key: `${ctx.line}/${t.id}`,
      id: t.id,
      line: ctx.line,
      trunk: false,
      ...(t.name ? { name: t.name } : {}),
      side: t.side,
      stations,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
  });
  return branches;
}

/** Every station no branch took, in time order (ties as the hints' trunk list orders them); none if empty. */
function buildTrunk(ctx: LineContext, refs: readonly string[], taken: Map<string, string>): NetTrack | undefined {
  const trunkOrder = refs
    .map((ref, i) => ctx.resolve(ref, `lines.${ctx.line}.trunk[${i}]`))
    .filter((id): id is string => !!id);
  for (const id of trunkOrder)
    if (taken.has(id))
      ctx.report.hint(
        `lines.${ctx.line}.trunk`,
        `"${ctx.stations.get(id)!.name}" is on track "${taken.get(id)}", not the trunk`,
      );
  const trunkIds = ctx.members.filter((id) => !taken.has(id));
  if (trunkIds.length === 0 && ctx.members.length > 0)
    ctx.report.hint(`lines.${ctx.line}`, 'every station is on a branch: leave some on the trunk');
  if (trunkIds.length === 0) return undefined;
  return {
    key: `${ctx.line}/${TRUNK}`,
    id: TRUNK,
    line: ctx.line,
    trunk: true,
    side: 'below',
    stations: sortTrack(ctx, [...trunkIds], trunkOrder),
  };
}

/** A branch joins the line at stations on other tracks, in time order. */
function checkJunctions(ctx: LineContext, branches: readonly NetTrack[]): void {
  const year = (id: string) => ctx.stations.get(id)!.year;
  const name = (id: string) => ctx.stations.get(id)!.name;
  for (const b of branches) {
    const at = (end: 'from' | 'to', message: string) =>
      ctx.report.hint(`lines.${ctx.line}.tracks.${b.id}.${end}`, message);
    if (b.from && b.stations.includes(b.from)) at('from', 'must be a station on another track');
    if (b.to && b.stations.includes(b.to)) at('to', 'must be a station on another track');
    if (b.from && year(b.from) > year(b.stations[0]!))
      at('from', `"${name(b.from)}" is later than the track's first station`);
    if (b.to && year(b.to) < year(b.stations.at(-1)!))
      at('to', `"${name(b.to)}" is earlier than the track's last station`);
  }
}

/**
 * A station's neighbours on each of its lines: the stations just before and after it along the track it lies
 * on, junctions included — exactly what the map draws on either side of it (a branch's first station comes
 * after the station the branch leaves from).
 */
export function trackNeighbours(
  net: Network,
  id: string,
): Array<{ line: NetLine; previous?: NetStation; next?: NetStation }> {
  return net.lines.flatMap((line) => {
    const track = line.tracks.find((t) => t.stations.includes(id));
    if (!track) return [];
    const path = trackPath(track);
    const i = path.indexOf(id);
    const previous = net.stations.get(path[i - 1] ?? '');
    const next = net.stations.get(path[i + 1] ?? '');
    return [{ line, ...(previous ? { previous } : {}), ...(next ? { next } : {}) }];
  });
}
