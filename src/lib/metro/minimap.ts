/**
 * The neighbourhood of one station: for each line it sits on, the stations just before and after it along
 * its track (following branches to where they leave or join), as a small network of its own that the same
 * layout engine draws.
 */
import type { LayoutOptions } from './layout.ts';
import { trackPath, type Network, type NetStation } from './network.ts';

/** How a model page draws its neighbourhood: no year bands, line names at the start only, columns closer. */
export const MINI_MAP_LAYOUT: Omit<LayoutOptions, 'locale'> = { yearBands: false, termini: 'start', colGap: 44 };

/** The network around one station: on each of its lines, `reach` stations either way along its track. */
export function neighbourhood(net: Network, stationId: string, reach = 2): Network {
  const lines = [];
  const keep = new Map<string, NetStation>();
  for (const line of net.lines) {
    const track = line.tracks.find((t) => t.stations.includes(stationId));
    if (!track) continue;
    const path = trackPath(track);
    const i = path.indexOf(stationId);
    const window = path.slice(Math.max(0, i - reach), i + reach + 1);
    for (const id of window) {
      const s = net.stations.get(id)!;
      const copy = keep.get(id) ?? { ...s, lines: [] };
      copy.lines.push(line.id);
      keep.set(id, copy);
    }
    lines.push({
      ...line,
      tracks: [{ ...track, key: `${line.id}/mini`, trunk: true, stations: window, from: undefined, to: undefined }],
    });
  }
  for (const l of lines)
    for (const t of l.tracks) {
      delete t.from;
      delete t.to;
    }
  return { lines, stations: keep };
}

/**
 * One line on its own, for its direction page: all its tracks and stations; the other lines through its
 * interchanges stay in each station's list of lines (so the station is drawn as an interchange, with the
 * other lines' places in the bundle) but draw no track of their own.
 */
export function lineNetwork(net: Network, lineId: string): Network {
  const line = net.lines.find((l) => l.id === lineId);
  if (!line) return { lines: [], stations: new Map() };
  const ids = new Set(line.tracks.flatMap(trackPath));
  const stations = new Map([...ids].map((id) => [id, { ...net.stations.get(id)! }]));
  const crossing = new Set([...stations.values()].flatMap((s) => s.lines));
  return {
    lines: net.lines.filter((l) => crossing.has(l.id)).map((l) => (l.id === lineId ? l : { ...l, tracks: [] })),
    stations,
  };
}
