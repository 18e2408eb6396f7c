/**
 * Riding the map with the keyboard, as pure functions over the ride data the map page ships (each line's
 * tracks as lists of station DOM ids, junctions included): where a station lies on which tracks, the next
 * station along a track, changing line at a station, and the year bands the year slider veils. The client
 * script (src/scripts/map-interact.ts) only wires these to keys and elements.
 */

/** Each line's tracks, each the DOM ids of its stations in order with the stations it leaves from and joins. */
export interface RideData {
  lines: Record<string, string[][]>;
}

/** Where a rider is: a line and one of its tracks (an index into the line's list). */
export interface RidePosition {
  line: string;
  track: number;
}

/** Every track (of every line) that passes through a station, in map order. */
export function routesAt(ride: RideData, id: string): RidePosition[] {
  return Object.entries(ride.lines).flatMap(([line, tracks]) =>
    tracks.flatMap((path, track) => (path.includes(id) ? [{ line, track }] : [])),
  );
}

const same = (a: RidePosition, b: RidePosition): boolean => a.line === b.line && a.track === b.track;

/** The position to ride from at a station: the current one if it passes there, else the station's first. */
export function positionAt(ride: RideData, current: RidePosition | null, id: string): RidePosition | undefined {
  const routes = routesAt(ride, id);
  return current && routes.some((r) => same(r, current)) ? current : routes[0];
}

/**
 * The next (`by` = 1) or previous (-1) station from `id` along the current track; where that track ends, along
 * another track of the same line through the station (a branch continuing from a junction). Null at the end.
 */
export function step(
  ride: RideData,
  position: RidePosition,
  id: string,
  by: 1 | -1,
): { id: string; position: RidePosition } | null {
  const tracks = ride.lines[position.line] ?? [];
  const order = [position.track, ...tracks.map((_, i) => i).filter((i) => i !== position.track)];
  for (const t of order) {
    const path = tracks[t]!;
    const i = path.indexOf(id);
    const next = path[i + by];
    if (i >= 0 && next) return { id: next, position: { line: position.line, track: t } };
  }
  return null;
}

/** The next (`by` = 1) or previous track through a station, cycling: changing line at an interchange. */
export function changeTrack(ride: RideData, position: RidePosition, id: string, by: 1 | -1): RidePosition {
  const routes = routesAt(ride, id);
  const i = routes.findIndex((r) => same(r, position));
  return routes[(i + (by === 1 ? 1 : routes.length - 1)) % routes.length] ?? position;
}

/** The first or last station of the current track. */
export function trackEnd(ride: RideData, position: RidePosition, end: 'first' | 'last'): string | undefined {
  const path = ride.lines[position.line]?.[position.track] ?? [];
  return end === 'first' ? path[0] : path.at(-1);
}

/** A year band as the map's `data-years` attribute lists it: the year and where the band ends. */
export type YearEdge = [year: number, end: number];

/** Parses `data-years` ("1995:31 1998:93 …"). */
export function parseYearBands(attr: string): YearEdge[] {
  return attr
    .split(' ')
    .filter(Boolean)
    .map((pair) => pair.split(':').map(Number) as YearEdge);
}

/**
 * Where the veil over the years after `year` starts and how wide it is, for a map spanning `start` to `end`;
 * nothing is veiled at the last year.
 */
export function veilAfter(
  bands: readonly YearEdge[],
  year: number,
  lastYear: number,
  start: number,
  end: number,
): { at: number; size: number } {
  const at = bands.filter(([y]) => y <= year).at(-1)?.[1] ?? start;
  return { at, size: year >= lastYear ? 0 : Math.max(0, end - at) };
}

/**
 * Moving across the lines from a station that is on one line only: to the station of the next line in map
 * order (`by` 1, below on the landscape map, right on the portrait one) or the previous one (-1) that lies
 * nearest in time, `timeOf` giving a station's place along the time axis. Null when no such line has a station.
 */
export function acrossLines(
  ride: RideData,
  position: RidePosition,
  id: string,
  by: 1 | -1,
  timeOf: (id: string) => number,
): { id: string; position: RidePosition } | null {
  const lines = Object.keys(ride.lines);
  const here = timeOf(id);
  for (let i = lines.indexOf(position.line) + by; i >= 0 && i < lines.length; i += by) {
    const tracks = ride.lines[lines[i]!]!;
    let best: { id: string; track: number; d: number } | undefined;
    for (let track = 0; track < tracks.length; track++) {
      for (const s of tracks[track]!) {
        const d = Math.abs(timeOf(s) - here);
        if (!best || d < best.d) best = { id: s, track, d };
      }
    }
    if (best) return { id: best.id, position: { line: lines[i]!, track: best.track } };
  }
  return null;
}
