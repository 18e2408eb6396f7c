/** Builds result markup with DOM calls and textContent only: nothing from a query or the index is parsed as HTML. */
import type { SearchMessages } from '../lib/search/messages.ts';
import type { SearchHit, Segment } from '../lib/search/result.ts';

/** "2015 · CVPR 2016 · Object classification"; "Research direction" or "Page" for other pages. */
export function hitMeta(
  hit: SearchHit,
  t: Pick<SearchMessages, 'resultPage' | 'resultDirection' | 'resultMethod' | 'resultBenchmark'>,
): string {
  if (hit.kind === 'direction') return t.resultDirection;
  if (hit.kind === 'method') return t.resultMethod;
  if (hit.kind === 'benchmark') return t.resultBenchmark;
  if (hit.kind !== 'model') return t.resultPage;
  return [hit.year, hit.venue, hit.directions].filter(Boolean).join(' · ');
}

/** Appends an excerpt to an element, matches in <mark>. */
export function appendExcerpt(into: HTMLElement, segments: readonly Segment[]): void {
  for (const s of segments) {
    if (s.mark) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      into.append(mark);
    } else {
      into.append(document.createTextNode(s.text));
    }
  }
}

/** An element with a class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result of the search page: linked name, year · venue · directions, excerpt. */
export function resultItem(hit: SearchHit, t: SearchMessages): HTMLLIElement {
  const li = el('li', 'search-result');
  li.dataset.modelId = hit.id;
  const title = el('h2', 'search-result__name');
  const link = el('a', '', hit.name);
  link.href = hit.url;
  title.append(link);
  const excerpt = el('p', 'search-result__excerpt');
  appendExcerpt(excerpt, hit.excerpt);
  li.append(title, el('p', 'search-result__meta', hitMeta(hit, t)), excerpt);
  return li;
}
