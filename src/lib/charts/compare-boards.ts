/**
 * What the compare table needs to filter by benchmark and protocol: the boards with results, grouped by
 * benchmark, and each model's best result on every board, so that choosing a board shows one comparable
 * number per model. Pure data, embedded in the page as JSON and read by src/scripts/compare.ts.
 */
import type { Benchmark } from '../content/schema.ts';
import type { Board } from '../benchmarks/leaderboard.ts';

export interface CompareBoard {
  /** `<benchmark>/<board key>`: the value of the board filter. */
  value: string;
  protocol: Benchmark['protocols'][number]['name'];
  metric: string;
  better: 'higher' | 'lower';
  split?: string;
  ensemble: boolean;
  /** Per model, its best result on the board: the value and its text with unit. */
  best: Record<string, [value: number, text: string]>;
}

export interface CompareBenchmark {
  id: string;
  name: string;
  boards: CompareBoard[];
}

const withUnit = (v: number, unit: string) =>
  `${v.toLocaleString('en')}${unit === '%' ? ' %' : unit ? ` ${unit}` : ''}`;

/** Every benchmark with results, its boards in page order, each with every model's best result. */
export function compareBoards(
  benchmarks: readonly Benchmark[],
  boards: ReadonlyMap<string, readonly Board[]>,
): CompareBenchmark[] {
  return benchmarks.flatMap((b) => {
    const own = boards.get(b.id) ?? [];
    if (own.length === 0) return [];
    return [
      {
        id: b.id,
        name: b.name,
        boards: own.map((board) => {
          const best: CompareBoard['best'] = {};
          // Results are ranked best first, so a model's first result is its best.
          for (const r of board.results) best[r.model] ??= [r.value, withUnit(r.value, r.unit)];
          return {
            value: `${b.id}/${board.key}`,
            protocol: board.protocol.name,
            metric: board.metric.name,
            better: board.metric.better,
            ...(board.split ? { split: board.split } : {}),
            ensemble: board.ensemble,
            best,
          };
        }),
      },
    ];
  });
}

/** Per model, the boards it has a result on, as a row carries them (`data-boards`). */
export function boardsOfModels(benchmarks: readonly CompareBenchmark[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const b of benchmarks)
    for (const board of b.boards)
      for (const model of Object.keys(board.best)) out.set(model, [...(out.get(model) ?? []), board.value]);
  return out;
}
