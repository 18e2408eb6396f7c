/**
 * The compare table's behaviour without the DOM (src/scripts/compare.ts wires it up): how two cells sort,
 * which rows a filter keeps, the row count's text and where a source note opens. Pure, so unit-tested.
 */

export type SortDirection = 'ascending' | 'descending';

/** Orders two cells' sort values; an empty cell always goes last, whichever the direction. */
export function compareSortValues(
  a: string,
  b: string,
  how: { numeric: boolean; direction: SortDirection; collator: Intl.Collator },
): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const sign = how.direction === 'ascending' ? 1 : -1;
  return sign * (how.numeric ? Number(a) - Number(b) : how.collator.compare(a, b));
}

/** What a row carries for filtering (its data attributes). */
export interface RowFacts {
  /** Lower-case name and aliases. */
  name: string;
  /** Direction ids, space-separated. */
  directions: string;
  /** Has an ImageNet result. */
  imagenet: boolean;
  /** The boards it has results on, `<benchmark>/<board key>`, space-separated. */
  boards?: string;
}

export interface RowFilter {
  /** Text typed in the filter box, as typed. */
  query: string;
  /** A direction id, or '' for all. */
  direction: string;
  imagenetOnly: boolean;
  /** A benchmark id, or '' for any. */
  benchmark?: string;
  /** A board, `<benchmark>/<board key>`, or '' for any of the benchmark's. */
  board?: string;
}

/** A row stays when it matches the text, the direction, the ImageNet filter and the benchmark and board. */
export function rowVisible(row: RowFacts, filter: RowFilter): boolean {
  const q = filter.query.trim().toLowerCase();
  const boards = (row.boards ?? '').split(' ').filter(Boolean);
  return (
    (q === '' || row.name.includes(q)) &&
    (filter.direction === '' || row.directions.split(' ').includes(filter.direction)) &&
    (!filter.imagenetOnly || row.imagenet) &&
    (!filter.benchmark || boards.some((b) => b.startsWith(`${filter.benchmark}/`))) &&
    (!filter.board || boards.includes(filter.board))
  );
}

/** The count's placeholders in the page's template (`999001 of 999002 models`): numbers no text contains. */
export const SHOWN_PLACEHOLDER = '999001';
export const TOTAL_PLACEHOLDER = '999002';

/** The row count in the page's language, from its template. */
export function countText(template: string, shown: number, total: number): string {
  return template.replace(SHOWN_PLACEHOLDER, String(shown)).replace(TOTAL_PLACEHOLDER, String(total));
}

/** Distance of an open note from its button, and the least distance from the viewport's edges. */
const NOTE_GAP = 6;
const EDGE = 8;

/**
 * Where a source note opens: under its button, or above it when there is no room below (and room above),
 * shifted left to stay inside the viewport. Returns whole pixels.
 */
export function notePosition(
  button: { top: number; bottom: number; left: number },
  note: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const below = button.bottom + NOTE_GAP;
  const above = button.top - note.height - NOTE_GAP;
  const top = below + note.height > viewport.height - EDGE && above > EDGE ? above : below;
  const left = Math.max(EDGE, Math.min(button.left, viewport.width - note.width - EDGE));
  return { top: Math.round(top), left: Math.round(left) };
}
