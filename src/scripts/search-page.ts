/**
 * The search page: reads query, filters and sort from the URL, runs the search, shows results and live filter
 * counts, and keeps the URL in step so a search can be shared. The query is only ever set as text.
 * It answers in two passes through the same engine as the header box: first from the field index alone, which
 * is small and shows the first results at once, then with the prose (Pagefind) and the facets, which add pages
 * found through their text, excerpts and counts below what is already shown. In named parts: `readForm` /
 * `writeForm` (the form and the URL state), `run` (the two passes), `show` (list, status, hint), `showCounts`,
 * `showMore`, `connect` (listeners).
 * The language switch carries query, filters and sort along (scripts/lang-switch.ts).
 */
import {
  answer,
  browse,
  counts,
  hits,
  listed,
  needsFacets,
  proseSentence,
  suggestion,
  type Answer,
} from '../lib/search/engine.ts';
import type { FilterCounts } from '../lib/search/filtering.ts';
import type { IndexHead } from '../lib/search/index-files.ts';
import { format, readMessages, type SearchMessages } from '../lib/search/messages.ts';
import { CHECKBOX_FILTERS, hasFilters, parseState, stateToParams, type SearchState } from '../lib/search/query.ts';
import type { SearchHit } from '../lib/search/result.ts';
import { appendSegments, didYouMean, resultItem } from './search-render.ts';
import { locations, SearchUnavailable, source, warmUp } from './search-source.ts';

const PAGE_SIZE = 10;
/** A frame is never longer than this; the wait for a paint gives up then (a background tab paints nothing). */
const PAINT_WAIT_MS = 100;

/**
 * Resolves once the browser has painted what is on screen: the second pass (Pagefind's first load and search
 * run on the main thread for tens of milliseconds) must not delay the first results the reader sees.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timeout = setTimeout(resolve, PAINT_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timeout);
        resolve();
      }, 0),
    );
  });
}
const TYPING_DEBOUNCE_MS = 60;

/** One listing: the documents in order, and what is needed to show more of them. */
interface Listing {
  docs: number[];
  result: Answer | null;
  head: IndexHead;
  shown: number;
}

class SearchPage {
  private readonly t: SearchMessages;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly hint: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly sort: HTMLSelectElement;
  private readonly from: HTMLSelectElement;
  private readonly to: HTMLSelectElement;
  private readonly details: HTMLDetailsElement;
  private readonly years: string[];
  private readonly baseTitle = document.title;
  private sequence = 0;
  private listing: Listing | undefined;
  private summary = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly form: HTMLFormElement;

  constructor(form: HTMLFormElement) {
    this.form = form;
    this.t = readMessages(form.dataset.messages);
    this.input = form.querySelector<HTMLInputElement>('#search-page-q')!;
    this.status = form.querySelector<HTMLElement>('#search-page-status')!;
    this.hint = form.querySelector<HTMLElement>('.search-page__hint')!;
    this.list = form.querySelector<HTMLOListElement>('#search-page-results')!;
    this.more = form.querySelector<HTMLButtonElement>('.search-page__more')!;
    this.sort = form.querySelector<HTMLSelectElement>('#search-page-sort')!;
    this.from = form.querySelector<HTMLSelectElement>('#filter-from')!;
    this.to = form.querySelector<HTMLSelectElement>('#filter-to')!;
    this.details = form.querySelector<HTMLDetailsElement>('.search-page__filters')!;
    this.years = JSON.parse(form.dataset.years ?? '[]') as string[];
  }

  start(): void {
    // The head is preloaded by the page. Pagefind waits until the first pass is painted (see `run`): loading it
    // inflates its metadata and compiles its wasm on the main thread, which would hold up that paint.
    warmUp();
    // The filters come closed in the page and open here on wide screens, where they sit beside the results: closing
    // them at load on a phone, where they sit above, moved every result up (a layout shift).
    if (!window.matchMedia('(max-width: 50rem)').matches) this.details.open = true;
    this.connect();
    const initial = parseState(new URLSearchParams(location.search));
    this.writeForm(initial);
    void this.run(initial);
  }

  private checkboxes(): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>('.search-filter input[type="checkbox"]')];
  }

  private writeForm(state: SearchState): void {
    this.input.value = state.q;
    for (const box of this.checkboxes())
      box.checked = (state.filters[box.name as (typeof CHECKBOX_FILTERS)[number]] ?? []).includes(box.value);
    const year = (y: number | undefined) => (y !== undefined && this.years.includes(String(y)) ? String(y) : '');
    this.from.value = year(state.from);
    this.to.value = year(state.to);
    this.sort.value = state.sort;
    if (hasFilters(state)) this.details.open = true;
  }

  private readForm(): SearchState {
    return parseState(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
  }

  private showCounts(values: FilterCounts | null): void {
    for (const fieldset of this.form.querySelectorAll<HTMLElement>('.search-filter[data-filter]')) {
      const key = fieldset.dataset.filter!;
      for (const span of fieldset.querySelectorAll<HTMLElement>('[data-count-for]')) {
        const n = values ? (values[key]?.[span.dataset.countFor!] ?? 0) : null;
        if (n !== null) span.textContent = String(n);
        span.closest('li')?.classList.toggle('is-empty', n === 0);
      }
    }
  }

  private setStatus(text: string): void {
    this.summary = text;
    const l = this.listing;
    this.status.textContent =
      l && l.docs.length > l.shown ? `${text} · ${format(this.t.showing, { n: l.shown, m: l.docs.length })}` : text;
  }

  private setHint(text: string): void {
    this.hint.textContent = text;
    this.hint.hidden = !text;
  }

  private async page(listing: Listing, count: number): Promise<SearchHit[]> {
    const docs = listing.docs.slice(listing.shown, listing.shown + count);
    const found = await hits(source, listing.result, listing.head, docs, {
      labels: this.t.why,
      base: locations().base,
    });
    listing.shown += docs.length;
    return found;
  }

  /** Puts the sentence of the prose holding the match in place of the summary, as each fragment arrives. */
  private fillSentences(listing: Listing, items: HTMLLIElement[], found: SearchHit[]): void {
    const result = listing.result;
    if (!result?.ranked.complete) return;
    found.forEach((hit, i) => {
      void proseSentence(result, hit.doc).then((sentence) => {
        const line = items[i]?.querySelector<HTMLElement>('.search-result__excerpt');
        if (!sentence || !line || listing !== this.listing) return;
        line.replaceChildren();
        appendSegments(line, sentence);
      });
    });
  }

  /** Shows the first page of a listing; `final` once the prose and the facets are in. */
  private async show(id: number, listing: Listing, state: SearchState, final: boolean): Promise<void> {
    const found = await this.page(listing, PAGE_SIZE);
    if (id !== this.sequence) return;
    this.listing = listing;
    const items = found.map((hit) => resultItem(hit, this.t));
    this.list.replaceChildren(...items);
    this.fillSentences(listing, items, found);
    this.list.dataset.query = state.q;
    this.more.hidden = !final || listing.shown >= listing.docs.length;
    if (!final) return this.setStatus(this.t.loading);
    const n = listing.docs.length;
    this.setStatus(state.q ? format(this.t.resultsFor, { n, q: state.q }) : format(this.t.resultsFiltered, { n }));
    const corrected = listing.result ? await suggestion(source, listing.result) : undefined;
    if (id !== this.sequence) return;
    if (corrected) {
      const href = `${location.pathname}?${new URLSearchParams({ q: corrected })}`;
      didYouMean(this.hint, corrected, href, this.t);
      this.hint.hidden = false;
    } else this.setHint(n === 0 ? this.t.noResultsHint : '');
  }

  private clear(text: string): void {
    this.listing = undefined;
    this.list.replaceChildren();
    this.setStatus(text);
    this.setHint('');
    this.more.hidden = true;
  }

  /** Pass 1: the field index alone (skipped when filters or a sort need the facets). Pass 2: everything. */
  private async run(state: SearchState): Promise<void> {
    const id = ++this.sequence;
    document.title = state.q ? `“${state.q}” · ${this.baseTitle}` : this.baseTitle;
    if (!state.q && !hasFilters(state) && state.sort === 'relevance') {
      this.clear(this.t.prompt);
      this.showCounts(null);
      return;
    }
    try {
      const head = await source.head();
      if (state.q && !needsFacets(state)) {
        const quick = await answer(source, state.q, 'never', PAGE_SIZE);
        if (id !== this.sequence) return;
        if (quick.ranked.docs.length > 0) {
          await this.show(id, { docs: quick.ranked.docs, result: quick, head, shown: 0 }, state, false);
          await afterPaint();
          if (id !== this.sequence) return;
        }
      }
      const [result, facets] = await Promise.all([
        state.q ? answer(source, state.q, 'always', PAGE_SIZE) : null,
        source.facets(),
      ]);
      if (id !== this.sequence) return;
      const docs = result ? listed(result.ranked.docs, facets, state) : browse(facets, state);
      await this.show(id, { docs, result, head, shown: 0 }, state, true);
      if (id === this.sequence) this.showCounts(counts(result, facets, state));
    } catch (error) {
      if (id !== this.sequence) return;
      this.clear(error instanceof SearchUnavailable && error.needsBuild ? this.t.needsBuild : this.t.unavailable);
    }
  }

  private update(delay: number): void {
    const state = this.readForm();
    const params = stateToParams(state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
    clearTimeout(this.timer);
    if (delay > 0) this.timer = setTimeout(() => void this.run(state), delay);
    else void this.run(state);
  }

  private async showMore(): Promise<void> {
    const listing = this.listing;
    if (!listing) return;
    const found = await this.page(listing, PAGE_SIZE);
    if (listing !== this.listing) return;
    const items = found.map((hit) => resultItem(hit, this.t));
    this.list.append(...items);
    this.fillSentences(listing, items, found);
    this.setStatus(this.summary);
    this.more.hidden = listing.shown >= listing.docs.length;
    items[0]?.querySelector('a')?.focus();
  }

  private connect(): void {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(0);
    });
    this.input.addEventListener('input', () => this.update(TYPING_DEBOUNCE_MS));
    this.form.addEventListener('change', (event) => {
      if (event.target !== this.input) this.update(0);
    });
    this.form.querySelector('.search-filters__clear')?.addEventListener('click', () => {
      for (const box of this.checkboxes()) box.checked = false;
      this.from.value = '';
      this.to.value = '';
      this.update(0);
    });
    this.more.addEventListener('click', () => void this.showMore());
    window.addEventListener('popstate', () => {
      this.writeForm(parseState(new URLSearchParams(location.search)));
      void this.run(this.readForm());
    });
  }
}

const form = document.querySelector<HTMLFormElement>('#search-page');
if (form) new SearchPage(form).start();
