import { describe, expect, it } from 'vitest';
import type { Direction, ModelFacts } from '../../../src/lib/content/schema.ts';
import { buildNetwork, trackNeighbours, trackPath, TRUNK } from '../../../src/lib/metro/network.ts';
import { mapSchema } from '../../../src/lib/metro/map-schema.ts';
import { formatIssue } from '../../../src/lib/issues.ts';
import { BRANCHED, tiny } from './tiny.ts';

const dir = (id: string, order: number, planned: Array<{ name: string; year: number }> = []) =>
  ({
    id,
    order,
    colour: '#123456',
    colour_dark: '#abcdef',
    name: { en: id, 'zh-CN': id },
    description: { en: id, 'zh-CN': id },
    planned,
  }) as Direction;
const model = (id: string, name: string, year: number, month: number, directions: string[]) =>
  ({ id, name, aliases: [], year, month, directions }) as unknown as ModelFacts;

describe('planned stations', () => {
  it('makes a planned name shared by two lines one interchange', () => {
    const shared = { name: 'Shared Station', year: 2017 };
    const { network } = buildNetwork([dir('a', 1, [shared]), dir('b', 2, [shared])], [], mapSchema.parse({}));
    expect(network.stations.get('~sharedstation')?.lines).toEqual(['a', 'b']);
  });
});

describe('tracks', () => {
  it('puts each station of a line on exactly one of its tracks, in time order', () => {
    const network = BRANCHED();
    for (const line of network.lines) {
      const onTracks = line.tracks.flatMap((t) => t.stations);
      const members = [...network.stations.values()].filter((s) => s.lines.includes(line.id)).map((s) => s.id);
      expect(onTracks.sort()).toEqual(members.sort());
    }
    const side = network.lines[0]!.tracks[1]!;
    expect(trackPath(side)).toEqual(['a1', 'b1', 'b2', 'a4']);
    expect(network.lines[0]!.tracks[0]!.id).toBe(TRUNK);
  });

  it('breaks ties within a year by the order the hints give', () => {
    const stations = [
      ['Zeta', 2016],
      ['Alpha', 2016],
    ] as const;
    const plain = tiny({ a: stations.map((s) => [...s]) as never });
    expect(plain.lines[0]!.tracks[0]!.stations).toEqual(['~alpha', '~zeta']);
    const hinted = tiny({ a: stations.map((s) => [...s]) as never }, { lines: { a: { trunk: ['Zeta', 'Alpha'] } } });
    expect(hinted.lines[0]!.tracks[0]!.stations).toEqual(['~zeta', '~alpha']);
  });
});

describe('network problems', () => {
  const directions = [dir('a', 1, [{ name: 'Planned One', year: 2016 }]), dir('b', 2)];
  const models = [model('m1', 'Model One', 2015, 3, ['a']), model('m2', 'Model Two', 2017, 1, ['a', 'b'])];

  it('needs no hints: every line is one trunk, in direction order', () => {
    const { network, problems } = buildNetwork(directions, models, mapSchema.parse({}));
    expect(problems).toEqual([]);
    expect(network.lines.map((l) => l.tracks.map((t) => t.stations))).toEqual([
      [['m1', '~plannedone', 'm2']],
      [['m2']],
    ]);
  });

  it('reports a track naming a station the line does not have, with file and field', () => {
    const hints = mapSchema.parse({ lines: { a: { tracks: [{ id: 'x', stations: ['Model One', 'Nowhere'] }] } } });
    const { problems } = buildNetwork(directions, models, hints);
    expect(problems).toEqual([
      { file: 'content/map.yaml', field: 'lines.a.tracks[0].stations[1]', message: '"Nowhere" is not a station of a' },
    ]);
  });

  it('reports unknown lines and junctions out of time order', () => {
    const hints = mapSchema.parse({
      order: ['zz'],
      lines: { a: { tracks: [{ id: 'x', from: 'm2', stations: ['Planned One'] }] } },
    });
    const messages = buildNetwork(directions, models, hints).problems.map(formatIssue);
    expect(messages).toContain('content/map.yaml › order[0]: unknown direction "zz"');
    expect(messages).toContain(
      'content/map.yaml › lines.a.tracks.x.from: "Model Two" is later than the track\'s first station',
    );
  });

  it('treats a planned station that already has an entry as that entry', () => {
    const { network } = buildNetwork(
      [dir('a', 1, [{ name: 'model one', year: 2015 }])],
      [model('m1', 'Model One', 2015, 3, ['a'])],
      mapSchema.parse({}),
    );
    expect([...network.stations.keys()]).toEqual(['m1']);
  });
});

describe('neighbours along the track', () => {
  it('are the stations the map draws either side of a station, junctions included', () => {
    const net = BRANCHED();
    const of = (id: string) =>
      trackNeighbours(net, id).map((n) => [n.line.id, n.previous?.id ?? null, n.next?.id ?? null]);
    expect(of('a2')).toEqual([['a', 'a1', 'x']]);
    expect(of('b1')).toEqual([['a', 'a1', 'b2']]);
    expect(of('b2')).toEqual([['a', 'b1', 'a4']]);
    expect(of('x')).toEqual([
      ['a', 'a2', 'a4'],
      ['b', 'c1', 'c3'],
    ]);
    expect(of('a1')).toEqual([['a', null, 'a2']]);
  });
});
