/**
 * The search page: reads query, filters and sort from the URL, runs the search, shows results and live
 * filter counts, and keeps the URL in step so a search can be shared. The query is only ever set as text.
 */
import { format, readMessages } from '../lib/search/messages.ts';
import {
  CHECKBOX_FILTERS,
  hasFilters,
  parseState,
  stateToParams,
  toPagefindQuery,
  type SearchState,
} from '../lib/search/query.ts';
import {
  filterCounts,
  loadFilters,
  search,
  SearchUnavailable,
  type FilterCounts,
  type SearchOptions,
  type SearchPage,
} from './search-engine.ts';
import { resultItem } from './search-render.ts';

const PAGE_SIZE = 10;
const TYPING_DEBOUNCE_MS = 80;

const form = document.querySelector<HTMLFormElement>('#search-page');
if (form) start(form);

function start(form: HTMLFormElement): void {
  const t = readMessages(form.dataset.messages);
  const input = form.querySelector<HTMLInputElement>('#search-page-q')!;
  const status = form.querySelector<HTMLElement>('#search-page-status')!;
  const hint = form.querySelector<HTMLElement>('.search-page__hint')!;
  const list = form.querySelector<HTMLOListElement>('#search-page-results')!;
  const more = form.querySelector<HTMLButtonElement>('.search-page__more')!;
  const sort = form.querySelector<HTMLSelectElement>('#search-page-sort')!;
  const from = form.querySelector<HTMLSelectElement>('#filter-from')!;
  const to = form.querySelector<HTMLSelectElement>('#filter-to')!;
  const details = form.querySelector<HTMLDetailsElement>('.search-page__filters')!;
  const years = JSON.parse(form.dataset.years ?? '[]') as string[];
  const baseTitle = document.title;

  form.hidden = false;
  if (window.matchMedia('(max-width: 50rem)').matches) details.open = false;

  const checkboxes = () => [...form.querySelectorAll<HTMLInputElement>('.search-filter input[type="checkbox"]')];

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const box of checkboxes())
      box.checked = (state.filters[box.name as (typeof CHECKBOX_FILTERS)[number]] ?? []).includes(box.value);
    from.value = state.from !== undefined && years.includes(String(state.from)) ? String(state.from) : '';
    to.value = state.to !== undefined && years.includes(String(state.to)) ? String(state.to) : '';
    sort.value = state.sort;
    if (hasFilters(state)) details.open = true;
  };
  const readForm = (): SearchState =>
    parseState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  const showCounts = (counts: FilterCounts | null) => {
    for (const fieldset of form.querySelectorAll<HTMLElement>('.search-filter[data-filter]')) {
      const key = fieldset.dataset.filter!;
      for (const span of fieldset.querySelectorAll<HTMLElement>('[data-count-for]')) {
        const n = counts ? (counts[key]?.[span.dataset.countFor!] ?? 0) : null;
        if (n !== null) span.textContent = String(n);
        span.closest('li')?.classList.toggle('is-empty', n === 0);
      }
    }
  };

  let sequence = 0;
  let current: SearchPage | undefined;
  let shown = 0;
  let summary = '';

  const setStatus = (text: string) => {
    summary = text;
    status.textContent =
      current && current.total > shown ? `${text} · ${format(t.showing, { n: shown, m: current.total })}` : text;
  };
  const setHint = (text: string) => {
    hint.textContent = text;
    hint.hidden = !text;
  };
  const updateMore = () => {
    more.hidden = !current || shown >= current.total;
  };

  const run = async (state: SearchState) => {
    const id = ++sequence;
    document.title = state.q ? `“${state.q}” · ${baseTitle}` : baseTitle;
    const query = toPagefindQuery(state, years);
    if (!query) {
      current = undefined;
      list.replaceChildren();
      setStatus(t.prompt);
      setHint('');
      showCounts(null);
      updateMore();
      return;
    }
    try {
      await loadFilters();
      const page = await search(query.term, query.options, PAGE_SIZE, () => id === sequence);
      if (!page) return;
      // Values of one filter are alternatives: a group's counts ignore that group's own choices.
      const counts: FilterCounts = { ...page.filters };
      for (const key of Object.keys(state.filters)) {
        const others = Object.fromEntries(Object.entries(query.options.filters).filter(([k]) => k !== key));
        const options: SearchOptions = { filters: others, sort: query.options.sort };
        const alone = await filterCounts(query.term, options);
        if (alone[key]) counts[key] = alone[key];
      }
      if (id !== sequence) return;
      current = page;
      shown = page.hits.length;
      list.replaceChildren(...page.hits.map((hit) => resultItem(hit, t)));
      list.dataset.query = state.q;
      setStatus(
        state.q ? format(t.resultsFor, { n: page.total, q: state.q }) : format(t.resultsFiltered, { n: page.total }),
      );
      setHint(page.total === 0 ? t.noResultsHint : '');
      showCounts(counts);
      updateMore();
    } catch (error) {
      if (id !== sequence) return;
      current = undefined;
      list.replaceChildren();
      setStatus(error instanceof SearchUnavailable && error.needsBuild ? t.needsBuild : t.unavailable);
      updateMore();
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (delay: number) => {
    const state = readForm();
    const params = stateToParams(state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
    clearTimeout(timer);
    if (delay > 0) timer = setTimeout(() => void run(state), delay);
    else void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(0);
  });
  input.addEventListener('input', () => update(TYPING_DEBOUNCE_MS));
  form.addEventListener('change', (event) => {
    if (event.target !== input) update(0);
  });
  form.querySelector('.search-filters__clear')?.addEventListener('click', () => {
    for (const box of checkboxes()) box.checked = false;
    from.value = '';
    to.value = '';
    update(0);
  });
  const showMore = async () => {
    const page = current;
    if (!page) return;
    const hits = await page.more(PAGE_SIZE);
    if (page !== current) return;
    const items = hits.map((hit) => resultItem(hit, t));
    list.append(...items);
    shown += hits.length;
    setStatus(summary);
    updateMore();
    items[0]?.querySelector('a')?.focus();
  };
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    writeForm(parseState(new URLSearchParams(location.search)));
    void run(readForm());
  });

  const initial = parseState(new URLSearchParams(location.search));
  writeForm(initial);
  void run(initial);
}
