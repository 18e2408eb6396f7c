/**
 * Tiny networks built by hand for the metro engine's tests, so each rule is tested on a map small enough to
 * reason about and no test depends on what content/ holds. A line is a list of stations, each `[name, year]`
 * (a planned station, id `~name`) or `[name, year, month]` (an entry, id = the name in lower case); the
 * same name on two lines is one interchange. Branches come as map hints.
 */
import type { Direction, ModelFacts } from '../../../src/lib/content/schema.ts';
import { mapSchema, type MapHints } from '../../../src/lib/metro/map-schema.ts';
import { buildNetwork, type Network } from '../../../src/lib/metro/network.ts';

export type TinyStation = [name: string, year: number] | [name: string, year: number, month: number];

export function direction(id: string, order: number, planned: Array<{ name: string; year: number }> = []): Direction {
  return {
    id,
    order,
    colour: '#123456',
    colour_dark: '#abcdef',
    name: { en: `Line ${id}`, 'zh-CN': `线路 ${id}` },
    description: { en: id, 'zh-CN': id },
    planned,
  } as Direction;
}

export function model(id: string, name: string, year: number, month: number, directions: string[]): ModelFacts {
  return { id, name, aliases: [], year, month, directions } as unknown as ModelFacts;
}

/** The directions, models and hints of a tiny atlas. */
export function tinyAtlas(
  lines: Record<string, TinyStation[]>,
  hints: unknown = {},
): { directions: Direction[]; models: ModelFacts[]; hints: MapHints } {
  const models = new Map<string, ModelFacts>();
  const directions = Object.entries(lines).map(([id, stations], i) => {
    const planned: Array<{ name: string; year: number }> = [];
    for (const s of stations) {
      if (s.length === 2) planned.push({ name: s[0], year: s[1] });
      else {
        const key = s[0].toLowerCase();
        const m = models.get(key) ?? model(key, s[0], s[1], s[2], []);
        m.directions.push(id);
        models.set(key, m);
      }
    }
    return direction(id, i + 1, planned);
  });
  return { directions, models: [...models.values()], hints: mapSchema.parse(hints) };
}

/** A tiny network; throws if the hints have problems (a test meaning to test problems calls buildNetwork). */
export function tiny(lines: Record<string, TinyStation[]>, hints: unknown = {}): Network {
  const atlas = tinyAtlas(lines, hints);
  const { network, problems } = buildNetwork(atlas.directions, atlas.models, atlas.hints);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return network;
}

/** Three stations a line, one shared by both lines (an interchange), and a branch on the first line. */
export const BRANCHED = (): Network =>
  tiny(
    {
      a: [
        ['A1', 2001, 1],
        ['A2', 2002, 1],
        ['X', 2003, 6],
        ['A4', 2004, 1],
        ['B1', 2002, 6],
        ['B2', 2003, 1],
      ],
      b: [
        ['C1', 2001, 6],
        ['X', 2003, 6],
        ['C3', 2005, 1],
      ],
    },
    {
      lines: {
        a: {
          tracks: [{ id: 'side', name: { en: 'Side', 'zh-CN': '支线' }, from: 'A1', to: 'A4', stations: ['B1', 'B2'] }],
        },
      },
    },
  );
