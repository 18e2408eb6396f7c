import { describe, expect, it } from 'vitest';
import type { Direction, ModelFacts } from '../../../src/lib/content/schema.ts';
import { buildNetwork, trackPath, TRUNK } from '../../../src/lib/metro/network.ts';
import { mapSchema } from '../../../src/lib/metro/map-schema.ts';
import { formatIssue } from '../../../src/lib/issues.ts';
import { realContent } from '../../support/real-content.ts';

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

describe('the real network', () => {
  const { directions, models, hints } = realContent();
  const { network, problems } = buildNetwork(directions, models, hints);

  it('builds without problems from content/map.yaml', () => {
    expect(problems).toEqual([]);
  });

  it('has every line, every entry and every planned station (about 130 stations)', () => {
    expect(network.lines).toHaveLength(12);
    for (const m of models) expect(network.stations.get(m.id)?.lines.sort()).toEqual([...m.directions].sort());
    const planned = new Set(directions.flatMap((d) => d.planned.map((p) => p.name.toLowerCase())));
    expect([...network.stations.values()].filter((s) => s.kind === 'planned')).toHaveLength(planned.size);
    expect(network.stations.size).toBeGreaterThanOrEqual(130);
  });

  it('puts each station of a line on exactly one of its tracks', () => {
    for (const line of network.lines) {
      const onTracks = line.tracks.flatMap((t) => t.stations);
      const members = [...network.stations.values()].filter((s) => s.lines.includes(line.id)).map((s) => s.id);
      expect(onTracks.sort()).toEqual(members.sort());
    }
  });

  it('draws the branches the hints describe', () => {
    const cls = network.lines.find((l) => l.id === 'classification')!;
    const inception = cls.tracks.find((t) => t.id === 'inception')!;
    expect(trackPath(inception)).toEqual(['zfnet', 'googlenet', 'inception-v3', 'inception-v4', 'polynet', 'nasnet']);
    expect(cls.tracks[0]!.id).toBe(TRUNK);
  });

  it('keeps years non-decreasing along every track, junctions included', () => {
    for (const line of network.lines) {
      for (const t of line.tracks) {
        const years = trackPath(t).map((id) => network.stations.get(id)!.year);
        expect(years).toEqual([...years].sort((a, b) => a - b));
      }
    }
  });
});

describe('ties within a year', () => {
  it('breaks ties within a year by the order the hints give', () => {
    // Planned stations carry only a year, so the trunk hint decides their order (here against the alphabet).
    const planned = [
      { name: 'Alpha', year: 2014 },
      { name: 'Beta', year: 2014 },
    ];
    const hints = mapSchema.parse({ lines: { a: { trunk: ['Beta', 'Alpha'] } } });
    const { network } = buildNetwork([dir('a', 1, planned)], [], hints);
    expect(network.lines[0]!.tracks[0]!.stations).toEqual(['~beta', '~alpha']);
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
