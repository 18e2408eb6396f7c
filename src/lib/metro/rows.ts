/**
 * Rows: every track runs along a row of its own over its span of columns. Each line takes a block of rows in
 * map order; its trunk owns the block's main row, and branches pack into the nearest free row on their side.
 */
import type { Network, NetTrack } from './network.ts';

export interface Rows {
  /** Row of each track, by track key. */
  trackRow: Map<string, number>;
  /** First and last row of each line's block. */
  blocks: Map<string, { top: number; bottom: number }>;
  count: number;
}

/** Columns a free track end keeps clear beyond its last station: one for the end, two for a start with a name. */
const FREE_END = 1;
const NAMED_START = 2;

/** Columns a track's row is busy over, widened where the track ends freely (room for its name). */
export function trackSpan(track: NetTrack, col: ReadonlyMap<string, number>): [number, number] {
  const cols = track.stations.map((id) => col.get(id)!);
  let lo = Math.min(...cols);
  let hi = Math.max(...cols);
  if (track.from) lo = Math.min(lo, col.get(track.from)!);
  else lo -= track.name ? NAMED_START : FREE_END;
  if (track.to) hi = Math.max(hi, col.get(track.to)!);
  else hi += FREE_END;
  return [lo, hi];
}

/**
 * Gives every track a row. Invariants: each line's tracks fill a block of consecutive rows, blocks follow the
 * lines' map order top to bottom without gaps (rows 0 to `count - 1`); the trunk (the line's first track)
 * owns its row from end to end; a branch lies on its side of the trunk ("above" rows are smaller), in the
 * nearest row whose span (`trackSpan`) it does not share with another track of its line. Lines without
 * tracks get no rows.
 */
export function assignRows(net: Network, col: ReadonlyMap<string, number>): Rows {
  const trackRow = new Map<string, number>();
  const blocks = new Map<string, { top: number; bottom: number }>();
  let next = 0;
  for (const line of net.lines) {
    if (line.tracks.length === 0) continue;
    const busy = new Map<number, Array<[number, number]>>();
    const free = (row: number, [lo, hi]: [number, number]) => (busy.get(row) ?? []).every(([a, b]) => hi < a || lo > b);
    const take = (row: number, span: [number, number]) => busy.set(row, [...(busy.get(row) ?? []), span]);
    const local = new Map<string, number>();
    line.tracks.forEach((track, i) => {
      if (i === 0) {
        // The first track (the trunk) owns its row end to end: the line's names stand at its termini.
        local.set(track.key, 0);
        take(0, [-Infinity, Infinity]);
        return;
      }
      const span = trackSpan(track, col);
      const step = track.side === 'above' ? -1 : 1;
      let row = step;
      while (!free(row, span)) row += step;
      take(row, span);
      local.set(track.key, row);
    });
    const top = Math.min(...local.values());
    const bottom = Math.max(...local.values());
    for (const [key, row] of local) trackRow.set(key, row - top + next);
    blocks.set(line.id, { top: next, bottom: next + bottom - top });
    next += bottom - top + 1;
  }
  return { trackRow, blocks, count: next };
}
