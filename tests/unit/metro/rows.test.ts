// Rows: one per track, a block of rows per line in map order, branches on their side of the trunk.
import { describe, expect, it } from 'vitest';
import { assignColumns } from '../../../src/lib/metro/columns.ts';
import { assignRows, trackSpan } from '../../../src/lib/metro/rows.ts';
import { BRANCHED, tiny } from './tiny.ts';

const rowsOf = (net: ReturnType<typeof tiny>) => assignRows(net, assignColumns(net, { yearBands: true }).col);

describe('assignRows', () => {
  it('gives each line a block of consecutive rows, in map order', () => {
    const rows = rowsOf(BRANCHED());
    expect([...rows.blocks]).toEqual([
      ['a', { top: 0, bottom: 1 }],
      ['b', { top: 2, bottom: 2 }],
    ]);
    expect(rows.count).toBe(3);
  });

  it('puts a branch on the side of the trunk its hints say', () => {
    const stations = {
      a: [
        ['T1', 2001, 1],
        ['T2', 2002, 1],
        ['T3', 2003, 1],
        ['U', 2002, 6],
      ] as const,
    };
    const side = (s: 'above' | 'below') =>
      rowsOf(
        tiny(structuredClone(stations) as never, {
          lines: { a: { tracks: [{ id: 'u', side: s, from: 'T1', stations: ['U'] }] } },
        }),
      );
    const above = side('above');
    expect(above.trackRow.get('a/u')).toBeLessThan(above.trackRow.get('a/trunk')!);
    const below = side('below');
    expect(below.trackRow.get('a/u')).toBeGreaterThan(below.trackRow.get('a/trunk')!);
  });

  it('lets branches that never run at the same time share a row', () => {
    const net = tiny(
      {
        a: [
          ['T1', 2001, 1],
          ['T2', 2004, 1],
          ['T3', 2006, 1],
          ['T4', 2010, 1],
          ['E1', 2002, 1],
          ['E2', 2002, 6],
          ['L1', 2008, 1],
          ['L2', 2008, 6],
        ],
      },
      {
        lines: {
          a: {
            tracks: [
              { id: 'early', from: 'T1', to: 'T2', stations: ['E1', 'E2'] },
              { id: 'late', from: 'T3', to: 'T4', stations: ['L1', 'L2'] },
            ],
          },
        },
      },
    );
    const rows = rowsOf(net);
    expect(rows.trackRow.get('a/early')).toBe(rows.trackRow.get('a/late'));
    expect(rows.count).toBe(2);
  });

  it('keeps room before a free branch start for its name', () => {
    const net = BRANCHED();
    const col = new Map([...net.stations.keys()].map((id, i) => [id, i + 10]));
    const named = { ...net.lines[0]!.tracks[1]!, from: undefined, to: undefined };
    delete named.from;
    delete named.to;
    const [lo, hi] = trackSpan(named, col);
    const cols = named.stations.map((id) => col.get(id)!);
    expect(lo).toBe(Math.min(...cols) - 2);
    expect(hi).toBe(Math.max(...cols) + 1);
  });
});
