/**
 * The compare table's enhancements, in three parts: sortable column headers (aria-sort), filters by name,
 * direction and ImageNet results, and source notes that open on hover and focus next to their number. The
 * rules (sort order, which rows a filter keeps, where a note opens) are in lib/charts/compare-table.ts.
 */
import {
  compareSortValues,
  countText,
  notePosition,
  rowVisible,
  type SortDirection,
} from '../lib/charts/compare-table.ts';

function sortValue(row: HTMLTableRowElement, column: number): string {
  return (row.cells[column] as HTMLElement | undefined)?.dataset.sort ?? '';
}

/** Sorts the rows by one column; empty cells always go last. */
function sortRows(table: HTMLTableElement, column: number, numeric: boolean, direction: SortDirection): void {
  const body = table.tBodies[0]!;
  const collator = new Intl.Collator(document.documentElement.lang || 'en', { numeric: true, sensitivity: 'base' });
  const rows = [...body.rows];
  rows.sort((a, b) => compareSortValues(sortValue(a, column), sortValue(b, column), { numeric, direction, collator }));
  body.append(...rows);
}

function initSorting(table: HTMLTableElement): void {
  const headers = [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    th.classList.add('is-sortable');
    button.addEventListener('click', () => {
      const direction: SortDirection = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction);
      sortRows(table, column, th.dataset.type === 'number', direction);
    });
  });
}

function initFilters(table: HTMLTableElement, tools: HTMLElement): void {
  const text = tools.querySelector<HTMLInputElement>('[data-filter-text]')!;
  const direction = tools.querySelector<HTMLSelectElement>('[data-filter-direction]')!;
  const imagenet = tools.querySelector<HTMLInputElement>('[data-filter-imagenet]')!;
  const count = tools.querySelector<HTMLElement>('[data-count-template]')!;
  const rows = [...table.tBodies[0]!.rows];
  const apply = () => {
    const filter = { query: text.value, direction: direction.value, imagenetOnly: imagenet.checked };
    let shown = 0;
    for (const row of rows) {
      const { name = '', directions = '', imagenet: inImageNet } = row.dataset;
      const visible = rowVisible({ name, directions, imagenet: inImageNet === '1' }, filter);
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = countText(count.dataset.countTemplate!, shown, rows.length);
  };
  text.addEventListener('input', apply);
  direction.addEventListener('change', apply);
  imagenet.addEventListener('change', apply);
  tools.hidden = false;
}

/** Places an open note under its button, or above when there is no room below, inside the viewport. */
function position(tip: HTMLElement, button: HTMLElement): void {
  tip.classList.add('is-anchored');
  const { top, left } = notePosition(
    button.getBoundingClientRect(),
    { width: tip.offsetWidth, height: tip.offsetHeight },
    { width: window.innerWidth, height: window.innerHeight },
  );
  tip.style.top = `${top}px`;
  tip.style.left = `${left}px`;
}

function initNotes(table: HTMLTableElement): void {
  const supported = typeof HTMLElement.prototype.showPopover === 'function';
  if (!supported) return;
  let open: { tip: HTMLElement; button: HTMLElement; pinned: boolean } | undefined;
  let closing: number | undefined;
  const show = (button: HTMLElement, pinned: boolean) => {
    const tip = document.getElementById(button.getAttribute('popovertarget') ?? '');
    if (!tip) return;
    window.clearTimeout(closing);
    if (open && open.tip !== tip && open.tip.matches(':popover-open')) open.tip.hidePopover();
    if (!tip.matches(':popover-open')) tip.showPopover();
    position(tip, button);
    open = { tip, button, pinned: pinned || (open?.tip === tip && open.pinned) };
  };
  const hideSoon = () => {
    if (!open || open.pinned) return;
    const current = open;
    closing = window.setTimeout(() => {
      if (current.tip.matches(':popover-open') && !current.tip.matches(':hover')) current.tip.hidePopover();
    }, 200);
  };
  for (const button of table.querySelectorAll<HTMLButtonElement>('button.fig')) {
    button.addEventListener('mouseenter', () => show(button, false));
    button.addEventListener('focus', () => show(button, false));
    button.addEventListener('mouseleave', hideSoon);
    button.addEventListener('blur', () => {
      if (open?.button === button && open.tip.matches(':popover-open')) open.tip.hidePopover();
    });
    button.addEventListener('click', (event) => {
      // Clicking pins the note open (or closes a pinned one) instead of the default toggle.
      event.preventDefault();
      if (open?.button === button && open.pinned && open.tip.matches(':popover-open')) {
        open.tip.hidePopover();
        open = undefined;
      } else show(button, true);
    });
  }
  for (const tip of table.querySelectorAll<HTMLElement>('.fig-tip')) {
    tip.addEventListener('mouseleave', hideSoon);
    tip.addEventListener('toggle', (event) => {
      if (event.newState === 'closed' && open?.tip === tip) open = undefined;
    });
  }
  const follow = () => {
    if (open && open.tip.matches(':popover-open')) position(open.tip, open.button);
  };
  window.addEventListener('scroll', follow, { passive: true, capture: true });
  window.addEventListener('resize', follow, { passive: true });
}

export function initCompare(): void {
  const table = document.querySelector<HTMLTableElement>('[data-compare-table]');
  const tools = document.querySelector<HTMLElement>('[data-compare-tools]');
  if (!table || !tools) return;
  initSorting(table);
  initFilters(table, tools);
  initNotes(table);
}
