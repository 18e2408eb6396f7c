/**
 * The compare table as CSV (`/data/compare.csv`): one row per model, each figure with its network, source
 * and whether it was computed. Accuracies in %, parameters and multiply-adds in millions.
 */
import { csvField } from '../atlas/open-data.ts';
import type { Cell, CompareRow } from './compare-rows.ts';

const FIGURES = [
  ['top1_accuracy_pct', 'top1'],
  ['top5_accuracy_pct', 'top5'],
  ['lfw_accuracy_pct', 'lfw'],
  ['params_millions', 'params'],
  ['mult_adds_millions', 'multAdds'],
] as const;

export const COMPARE_CSV_COLUMNS = [
  'id',
  'name',
  'year',
  'month',
  'directions',
  'venue',
  ...FIGURES.flatMap(([name]) => [name, `${name}_network`, `${name}_source`, `${name}_other_network`]),
  'page_en',
  'page_zh',
];

/** "paper: Table 3", "repo: README", "computed: notation engine". */
function sourceText(cell: Cell): string {
  const f = cell.figure;
  return f.notation ? 'computed: layer specification (notation engine)' : `${f.origin}: ${f.ref}`;
}

/** The compare table as CSV (`/data/compare.csv`): every figure with its network and source. */
export function compareCsv(rows: readonly CompareRow[], pages: (id: string) => { en: string; zh: string }): string {
  const lines = rows.map((r) => {
    const cells = FIGURES.flatMap(([, key]) => {
      const cell = r[key];
      return cell
        ? [cell.figure.value, cell.figure.variant, sourceText(cell), cell.otherVariant ? 'yes' : 'no']
        : [null, null, null, null];
    });
    const page = pages(r.id);
    return [r.id, r.name, r.year, r.month, r.directions.join(';'), r.venue, ...cells, page.en, page.zh]
      .map(csvField)
      .join(',');
  });
  return [COMPARE_CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
