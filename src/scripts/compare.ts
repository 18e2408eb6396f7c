/**
 * The compare table's enhancements: sortable column headers (aria-sort), filters by name, direction, ImageNet
 * results, benchmark and board (a board's column shows each model's best result there), a pick of 2–4 models to compare side by side, and source notes that open on hover and focus
 * next to their number. Filters, sort and picks live in the address (lib/charts/compare-state.ts); the rules
 * (sort order, which rows a filter keeps, where a note opens) are in lib/charts/compare-table.ts.
 */
import {
  compareSortValues,
  countText,
  notePosition,
  rowVisible,
  type SortDirection,
} from '../lib/charts/compare-table.ts';
import {
  comparingPicks,
  compareQuery,
  EMPTY_STATE,
  MAX_PICK,
  MIN_PICK,
  parseCompareState,
  togglePick,
  type CompareState,
} from '../lib/charts/compare-state.ts';

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

/** The page's state, kept in the address (history.replaceState: filtering is not navigation). */
class StateStore {
  state: CompareState;
  private listeners: Array<(s: CompareState) => void> = [];
  constructor(initial: CompareState) {
    this.state = initial;
  }
  onChange(listener: (s: CompareState) => void): void {
    this.listeners.push(listener);
  }
  set(next: CompareState): void {
    this.state = next;
    history.replaceState(history.state, '', `${location.pathname}${compareQuery(next)}${location.hash}`);
    for (const l of this.listeners) l(next);
  }
}

function headersOf(table: HTMLTableElement): HTMLTableCellElement[] {
  return [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];
}

function applySort(table: HTMLTableElement, state: CompareState): void {
  const headers = headersOf(table);
  for (const th of headers) th.removeAttribute('aria-sort');
  const column = headers.findIndex((th) => th.dataset.key === state.sort?.key);
  if (column < 0 || !state.sort) {
    // No sort: the page's own order (by time), which picks may have disturbed. Moving every row when none is
    // out of place (as at load) would cost a layout of the whole table.
    const body = table.tBodies[0]!;
    const rows = [...body.rows];
    const ordered = [...rows].sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order));
    if (ordered.some((row, i) => row !== rows[i])) body.append(...ordered);
    return;
  }
  const direction: SortDirection = state.sort.order === 'asc' ? 'ascending' : 'descending';
  headers[column]!.setAttribute('aria-sort', direction);
  sortRows(table, column, headers[column]!.dataset.type === 'number', direction);
}

function initSorting(table: HTMLTableElement, store: StateStore): void {
  for (const th of headersOf(table)) {
    if (!th.dataset.key) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    th.classList.add('is-sortable');
    button.addEventListener('click', () => {
      const order = th.getAttribute('aria-sort') === 'ascending' ? 'desc' : 'asc';
      store.set({ ...store.state, sort: { key: th.dataset.key!, order } });
    });
  }
}

/** Per board, every model's best result on it: [value, text]. */
type BoardValues = Record<string, Record<string, [number, string]>>;

/**
 * The benchmark and board filters: choosing a benchmark offers its boards; choosing a board shows the extra
 * column with each model's best result there, sortable like the others.
 */
function initBoards(table: HTMLTableElement, tools: HTMLElement, store: StateStore): void {
  const benchmark = tools.querySelector<HTMLSelectElement>('[data-filter-benchmark]');
  const board = tools.querySelector<HTMLSelectElement>('[data-filter-board]');
  const data = tools.querySelector<HTMLScriptElement>('[data-board-values]');
  const column = table.querySelector<HTMLTableCellElement>('[data-board-column]');
  if (!benchmark || !board || !data || !column) return;
  const values = JSON.parse(data.textContent ?? '{}') as BoardValues;
  const render = (state: CompareState) => {
    benchmark.value = state.benchmark;
    for (const option of board.querySelectorAll<HTMLOptionElement>('option[data-benchmark]'))
      option.hidden = option.dataset.benchmark !== state.benchmark;
    board.disabled = state.benchmark === '';
    board.value = state.board;
    const best = state.board ? values[state.board] : undefined;
    column.hidden = !best;
    for (const row of table.tBodies[0]!.rows) {
      const cell = row.querySelector<HTMLTableCellElement>('[data-board-cell]');
      if (!cell) continue;
      const entry = best?.[row.dataset.id ?? ''];
      cell.hidden = !best;
      cell.textContent = entry ? entry[1] : '';
      cell.dataset.sort = entry ? String(entry[0]) : '';
    }
  };
  benchmark.addEventListener('change', () => store.set({ ...store.state, benchmark: benchmark.value, board: '' }));
  board.addEventListener('change', () => store.set({ ...store.state, board: board.value }));
  store.onChange(render);
  render(store.state);
}

/** Picked models stand together at the top, in the order they were picked, after whatever sort applies. */
function arrange(table: HTMLTableElement, state: CompareState): void {
  applySort(table, state);
  const body = table.tBodies[0]!;
  const byId = new Map([...body.rows].map((r) => [r.dataset.id ?? '', r]));
  const picked = state.pick.map((id) => byId.get(id)).filter((r): r is HTMLTableRowElement => !!r);
  body.prepend(...picked);
  for (const row of body.rows) row.classList.toggle('is-picked', state.pick.includes(row.dataset.id ?? ''));
}

function initFilters(table: HTMLTableElement, tools: HTMLElement, store: StateStore): void {
  const text = tools.querySelector<HTMLInputElement>('[data-filter-text]')!;
  const direction = tools.querySelector<HTMLSelectElement>('[data-filter-direction]')!;
  const imagenet = tools.querySelector<HTMLInputElement>('[data-filter-imagenet]')!;
  const count = tools.querySelector<HTMLElement>('[data-count-template]')!;
  const rows = [...table.tBodies[0]!.rows];
  const render = (state: CompareState) => {
    const only = comparingPicks(state);
    const filter = {
      query: state.q,
      direction: state.direction,
      imagenetOnly: state.imagenet,
      benchmark: state.benchmark,
      board: state.board,
    };
    let shown = 0;
    for (const row of rows) {
      const { id = '', name = '', directions = '', imagenet: inImageNet, boards = '' } = row.dataset;
      const picked = state.pick.includes(id);
      const facts = { name, directions, imagenet: inImageNet === '1', boards };
      const visible = only ? picked : picked || rowVisible(facts, filter);
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = countText(count.dataset.countTemplate!, shown, rows.length);
  };
  text.value = store.state.q;
  direction.value = store.state.direction;
  imagenet.checked = store.state.imagenet;
  text.addEventListener('input', () => store.set({ ...store.state, q: text.value.trim() }));
  direction.addEventListener('change', () => store.set({ ...store.state, direction: direction.value }));
  imagenet.addEventListener('change', () => store.set({ ...store.state, imagenet: imagenet.checked }));
  store.onChange(render);
  render(store.state);
  tools.hidden = false;
}

/** A checkbox per row to pick 2–4 models; the status line says what is compared, or what is missing. */
function initPicks(table: HTMLTableElement, tools: HTMLElement, store: StateStore): void {
  const status = tools.querySelector<HTMLElement>('[data-pick-status]')!;
  const clear = tools.querySelector<HTMLButtonElement>('[data-pick-clear]')!;
  const boxes = new Map<string, HTMLInputElement>();
  const namesById = new Map<string, string>();
  for (const row of table.tBodies[0]!.rows) {
    const id = row.dataset.id ?? '';
    const cell = row.cells[0]!;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'pick-box';
    box.setAttribute('aria-label', (tools.dataset.pickLabel ?? '').replace('{}', cell.textContent?.trim() ?? id));
    box.addEventListener('change', () => store.set(togglePick(store.state, id)));
    cell.prepend(box);
    boxes.set(id, box);
    namesById.set(id, cell.textContent?.trim() ?? id);
  }
  const only = tools.querySelector<HTMLButtonElement>('[data-pick-only]')!;
  const render = (state: CompareState) => {
    for (const [id, box] of boxes) {
      box.checked = state.pick.includes(id);
      box.disabled = !box.checked && state.pick.length >= MAX_PICK;
    }
    arrange(table, state);
    const list = new Intl.ListFormat(document.documentElement.lang || 'en', { type: 'conjunction' });
    const names = list.format(state.pick.map((p) => namesById.get(p) ?? p));
    const limit = state.pick.length >= MAX_PICK ? ` ${tools.dataset.pickLimit ?? ''}` : '';
    status.textContent =
      state.pick.length === 0
        ? (tools.dataset.pickHint ?? '')
        : state.pick.length < MIN_PICK
          ? (tools.dataset.pickTooFew ?? '')
          : `${(tools.dataset.pickShowing ?? '').replace('{}', names)}${limit}`;
    only.hidden = state.pick.length < MIN_PICK;
    only.textContent = (state.only ? only.dataset.all : only.dataset.only) ?? '';
    only.setAttribute('aria-pressed', String(state.only));
    clear.hidden = state.pick.length === 0;
  };
  only.addEventListener('click', () => store.set({ ...store.state, only: !store.state.only }));
  clear.addEventListener('click', () => store.set({ ...store.state, pick: [], only: false }));
  store.onChange(render);
  render(store.state);
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
  const rows = [...table.tBodies[0]!.rows];
  rows.forEach((row, i) => (row.dataset.order = String(i)));
  const known = {
    columns: headersOf(table).map((th) => th.dataset.key ?? ''),
    directions: [...tools.querySelectorAll<HTMLOptionElement>('[data-filter-direction] option')].map((o) => o.value),
    models: rows.map((r) => r.dataset.id ?? ''),
    boards: [...tools.querySelectorAll<HTMLOptionElement>('[data-filter-board] option[data-benchmark]')].map(
      (o) => o.value,
    ),
  };
  const store = new StateStore(location.search ? parseCompareState(location.search, known) : EMPTY_STATE);
  initSorting(table, store);
  // Listeners run in this order: a board's column gets its values before the picks' render sorts by them.
  initBoards(table, tools, store);
  initPicks(table, tools, store);
  initFilters(table, tools, store);
  initNotes(table);
}
