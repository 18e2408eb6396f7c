/**
 * The header search box as an ARIA combobox: suggestions as you type (name, year · venue · lines, one line
 * saying why it matched), arrow keys to choose, Enter to open, Escape to close; the last option opens the results
 * page. The behaviour is the state machine in search/combobox.ts; this class wires it to the DOM in named parts:
 * `connect` (attributes and listeners), `dispatch` (a step of the machine and its effects), `suggest` (a search
 * through the shared engine), `render` / `fail` (the list and its message). Without a chosen option Enter submits
 * the form to the results page, as it does without JavaScript.
 */
import { INITIAL, step, type ComboEvent, type ComboState, type Effect } from '../lib/search/combobox.ts';
import { answer, hits, proseSentence, suggestion, type Answer } from '../lib/search/engine.ts';
import { format, readMessages, type BoxMessages } from '../lib/search/messages.ts';
import type { SearchHit } from '../lib/search/result.ts';
import { boxMessages, locations, preloadProse, SearchUnavailable, source, warmUp } from './search-source.ts';
import { appendSegments, didYouMean, el, hitMeta, whyElement } from './search-render.ts';

const MAX_SUGGESTIONS = 6;
/**
 * The box reads the prose (Pagefind: about 90 KB of loader, wasm and metadata before its first index chunk) only
 * when the fields match nothing: a name, an author or an alias is answered from the field index alone, so a first
 * query stays within its byte budget. What it lists is still the head of the results page's list.
 */
const PROSE_WHEN_FIELDS_FIND_FEWER_THAN = 1;
/** Long enough to skip searches for keys typed in one burst, short enough not to be seen. */
const DEBOUNCE_MS = 30;

class SearchCombobox {
  private readonly input: HTMLInputElement;
  private readonly popup: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly message: HTMLElement;
  private readonly status: HTMLElement;
  /** The page's three failure messages until the first answer brings the rest (boxMessages). */
  private t: BoxMessages;
  private readonly resultsPage: string;
  private readonly indexPage: string;
  private state: ComboState = INITIAL;
  private hrefs: string[] = [];
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly form: HTMLFormElement;

  constructor(form: HTMLFormElement) {
    this.form = form;
    this.input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
    this.popup = form.querySelector<HTMLElement>('.search-popup')!;
    this.list = this.popup.querySelector<HTMLUListElement>('[role="listbox"]')!;
    this.message = this.popup.querySelector<HTMLElement>('.search-popup__message')!;
    this.status = form.querySelector<HTMLElement>('[role="status"]')!;
    this.t = readMessages<BoxMessages>(form.dataset.messages);
    // Both built with routePath/withBase in SearchBox.astro.
    this.resultsPage = form.getAttribute('action') ?? '';
    this.indexPage = form.dataset.indexPage ?? '';
  }

  connect(): void {
    const { input, list, form } = this;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.addEventListener('input', () => this.dispatch({ type: 'typed', value: input.value }));
    input.addEventListener('keydown', (event) => {
      if (!event.isComposing) this.dispatch({ type: 'key', key: event.key, value: input.value }, event);
    });
    // Options are chosen with the pointer without taking focus from the input.
    list.addEventListener('mousedown', (event) => event.preventDefault());
    list.addEventListener('click', (event) => {
      const target = (event.target as Element).closest('[role="option"]');
      if (target) this.dispatch({ type: 'pick', index: [...list.children].indexOf(target) });
    });
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget as Node | null)) this.dispatch({ type: 'blur' });
    });
    input.addEventListener('focus', () => this.dispatch({ type: 'focus', value: input.value }));
    warmUp();
    source.head().catch((error: unknown) => this.fail(error));
    if (input.value) this.dispatch({ type: 'typed', value: input.value });
  }

  private dispatch(event: ComboEvent, dom?: Event): void {
    const { state, effects } = step(this.state, event);
    this.show(state);
    for (const effect of effects) this.apply(effect, dom);
  }

  private show(next: ComboState): void {
    this.state = next;
    this.popup.hidden = !next.open;
    this.input.setAttribute('aria-expanded', String(next.open));
    const options = this.list.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === next.active)));
    const current = options[next.active];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private apply(effect: Effect, dom?: Event): void {
    switch (effect.type) {
      case 'prevent-default':
        dom?.preventDefault();
        break;
      case 'go': {
        const href = this.hrefs[effect.index];
        if (href) window.location.assign(href);
        break;
      }
      case 'clear-input':
        this.input.value = '';
        break;
      case 'reset':
        clearTimeout(this.timer);
        this.sequence++;
        this.hrefs = [];
        this.list.replaceChildren();
        delete this.list.dataset.query;
        this.status.textContent = '';
        break;
      case 'search': {
        const id = ++this.sequence;
        clearTimeout(this.timer);
        if (effect.preload) preloadProse(effect.query);
        this.timer = setTimeout(() => void this.suggest(effect.query, id), DEBOUNCE_MS);
        break;
      }
    }
  }

  private async suggest(query: string, id: number): Promise<void> {
    const current = () => id === this.sequence;
    try {
      const [result, text] = await Promise.all([
        answer(source, query, 'if-needed', PROSE_WHEN_FIELDS_FIND_FEWER_THAN),
        boxMessages(),
      ]);
      this.t = { ...this.t, ...text };
      if (!current()) return;
      const docs = result.ranked.docs.slice(0, MAX_SUGGESTIONS);
      const options = { labels: this.t.why, base: locations().base };
      const [found, corrected] = await Promise.all([
        hits(source, result, result.head, docs, options),
        suggestion(source, result),
      ]);
      if (!current()) return;
      this.render(query, found, corrected);
      await this.fillSentences(result, found, current);
    } catch (error) {
      if (current()) this.fail(error);
    }
  }

  /** Replaces the summary line of suggestions found through their prose by the sentence holding the match. */
  private async fillSentences(result: Answer, found: SearchHit[], current: () => boolean): Promise<void> {
    await Promise.all(
      found.map(async (hit, i) => {
        if (hit.why) return;
        const sentence = await proseSentence(result, hit.doc);
        const line = this.list.children[i]?.querySelector<HTMLElement>('.search-option__excerpt');
        if (sentence && line && current()) {
          line.replaceChildren();
          appendSegments(line, sentence);
        }
      }),
    );
  }

  private option(id: string, href: string, build: (li: HTMLLIElement) => void): HTMLLIElement {
    const li = el('li', 'search-option');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    build(li);
    this.hrefs.push(href);
    return li;
  }

  /** A suggestion: name, meta line, and one line of why it matched or the sentence holding the match. */
  private suggestionItem(hit: SearchHit, i: number): HTMLLIElement {
    return this.option(`${this.list.id}-${i}`, hit.url, (li) => {
      li.dataset.modelId = hit.id;
      li.append(el('span', 'search-option__name', hit.name), el('span', 'search-option__meta', hitMeta(hit, this.t)));
      if (hit.why) li.append(whyElement('span', 'search-option__why', hit.why, this.t.labelEnd));
      else if (hit.excerpt.length > 0) {
        const line = el('span', 'search-option__excerpt');
        appendSegments(line, hit.excerpt);
        li.append(line);
      }
    });
  }

  private render(query: string, found: SearchHit[], corrected: string | undefined): void {
    this.hrefs = [];
    const items = found.map((hit, i) => this.suggestionItem(hit, i));
    const all = `${this.resultsPage}?${new URLSearchParams({ q: query })}`;
    items.push(
      this.option(`${this.list.id}-all`, all, (li) =>
        li.append(el('span', 'search-option__all', format(this.t.all, { q: query }))),
      ),
    );
    this.list.replaceChildren(...items);
    this.list.dataset.query = query;
    this.message.hidden = true;
    if (corrected) {
      didYouMean(this.message, corrected, `${this.resultsPage}?${new URLSearchParams({ q: corrected })}`, this.t);
      this.message.hidden = false;
    } else if (found.length === 0) this.showMessage(format(this.t.suggestionCount, { n: 0 }), false);
    this.dispatch({ type: 'shown', query, count: items.length });
    this.status.textContent = format(this.t.suggestionCount, { n: found.length });
  }

  private showMessage(text: string, withIndexLink: boolean): void {
    this.message.replaceChildren(document.createTextNode(text));
    if (withIndexLink) {
      const link = el('a', '', this.t.indexLink);
      link.href = this.indexPage;
      this.message.append(' ', link);
    }
    this.message.hidden = false;
  }

  private fail(error: unknown): void {
    this.hrefs = [];
    this.list.replaceChildren();
    delete this.list.dataset.query;
    const needsBuild = error instanceof SearchUnavailable && error.needsBuild;
    this.showMessage(needsBuild ? this.t.needsBuild : this.t.unavailable, !needsBuild);
    this.dispatch({ type: 'failed' });
    this.status.textContent = this.message.textContent ?? '';
  }
}

/** Turns the header's plain search form into the combobox (once). */
export function enhance(form: HTMLFormElement): void {
  if (form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  new SearchCombobox(form).connect();
}
