/**
 * The header search box as an ARIA combobox: suggestions as you type (name, year · venue · directions,
 * the alias that matched), arrow keys to choose, Enter to open, Escape to close; the last option opens the
 * results page, which shows excerpts.
 * Without a chosen option Enter submits the form to the results page, as it does without JavaScript.
 */
import { format, readMessages, type BoxMessages } from '../lib/search/messages.ts';
import { cleanQuery, worthSearching } from '../lib/search/query.ts';
import { matchedAlias, type SearchHit } from '../lib/search/result.ts';
import { loadEngine, preload, suggest, SearchUnavailable } from './search-engine.ts';
import { el, hitMeta } from './search-render.ts';

const MAX_SUGGESTIONS = 6;
/** Long enough to skip most intermediate searches while typing, short enough to feel instant. */
const DEBOUNCE_MS = 100;

export function enhance(form: HTMLFormElement): void {
  if (form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const popup = form.querySelector<HTMLElement>('.search-popup')!;
  const list = popup.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const message = popup.querySelector<HTMLElement>('.search-popup__message')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const t = readMessages<BoxMessages>(form.dataset.messages);
  // Both built with routePath/withBase in SearchBox.astro.
  const resultsPage = form.getAttribute('action') ?? '';
  const indexPage = form.dataset.indexPage ?? '';

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  let hrefs: string[] = [];
  let active = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const isOpen = () => !popup.hidden;
  const open = () => {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const setActive = (index: number) => {
    const options = list.querySelectorAll<HTMLElement>('[role="option"]');
    active = index;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const showMessage = (text: string, withIndexLink: boolean) => {
    message.replaceChildren(document.createTextNode(text));
    if (withIndexLink) {
      const link = el('a', '', t.indexLink);
      link.href = indexPage;
      message.append(' ', link);
    }
    message.hidden = false;
  };

  const option = (id: string, href: string, build: (li: HTMLLIElement) => void): HTMLLIElement => {
    const li = el('li', 'search-option');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    build(li);
    hrefs.push(href);
    return li;
  };

  const render = (query: string, hits: SearchHit[]) => {
    hrefs = [];
    const items = hits.map((hit, i) =>
      option(`${list.id}-${i}`, hit.url, (li) => {
        li.dataset.modelId = hit.id;
        li.append(el('span', 'search-option__name', hit.name), el('span', 'search-option__meta', hitMeta(hit, t)));
        const alias = matchedAlias(query, hit);
        if (alias) li.append(el('span', 'search-option__alias', `${t.aliases}: ${alias}`));
      }),
    );
    const url = `${resultsPage}?${new URLSearchParams({ q: query })}`;
    items.push(
      option(`${list.id}-all`, url, (li) => li.append(el('span', 'search-option__all', format(t.all, { q: query })))),
    );
    list.replaceChildren(...items);
    list.dataset.query = query;
    message.hidden = true;
    if (hits.length === 0) showMessage(format(t.suggestionCount, { n: 0 }), false);
    setActive(-1);
    open();
    status.textContent = format(t.suggestionCount, { n: hits.length });
  };

  const fail = (error: unknown) => {
    hrefs = [];
    list.replaceChildren();
    delete list.dataset.query;
    const needsBuild = error instanceof SearchUnavailable && error.needsBuild;
    showMessage(needsBuild ? t.needsBuild : t.unavailable, !needsBuild);
    open();
    status.textContent = message.textContent ?? '';
  };

  const run = async (query: string, id: number) => {
    try {
      const found = await suggest(query, MAX_SUGGESTIONS, () => id === sequence);
      if (found && id === sequence) render(query, found.hits);
    } catch (error) {
      if (id === sequence) fail(error);
    }
  };

  const schedule = () => {
    const query = cleanQuery(input.value);
    const id = ++sequence;
    clearTimeout(timer);
    if (!worthSearching(query)) {
      close();
      list.replaceChildren();
      delete list.dataset.query;
      status.textContent = '';
      return;
    }
    // Index chunks for the query so far, while typing goes on; short prefixes span too much of the index.
    if (query.length >= 3 || /[\u3400-\u9fff]/.test(query)) preload(query);
    timer = setTimeout(() => void run(query, id), DEBOUNCE_MS);
  };

  const go = (index: number) => {
    const href = hrefs[index];
    if (href) window.location.assign(href);
  };

  input.addEventListener('input', schedule);
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const count = hrefs.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (!isOpen()) open();
        setActive(active + 1 >= count ? 0 : active + 1);
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        if (!isOpen()) open();
        setActive(active <= 0 ? count - 1 : active - 1);
        break;
      case 'Enter':
        if (isOpen() && active >= 0) {
          event.preventDefault();
          go(active);
        }
        break;
      case 'Escape':
        if (isOpen()) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          schedule();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  });
  // Options are chosen with the pointer without taking focus from the input.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const target = (event.target as Element).closest('[role="option"]');
    if (target) go([...list.children].indexOf(target));
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (hrefs.length > 0 && cleanQuery(input.value) === list.dataset.query) open();
  });

  void loadEngine().catch((error: unknown) => fail(error));
  if (cleanQuery(input.value)) schedule();
}
