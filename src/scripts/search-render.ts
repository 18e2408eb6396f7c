/** Builds result markup with DOM calls and textContent only: nothing from a query or the index is parsed as HTML. */
import type { Why } from '../lib/search/explain.ts';
import type { SearchMessages } from '../lib/search/messages.ts';
import type { SearchHit, Segment } from '../lib/search/result.ts';

type MetaMessages = Pick<
  SearchMessages,
  'resultPage' | 'resultDirection' | 'resultPlanned' | 'resultMethod' | 'resultBenchmark'
>;

/** "2015 · CVPR 2016 · Object classification"; what kind of page it is for the others. */
export function hitMeta(hit: SearchHit, t: MetaMessages): string {
  switch (hit.kind) {
    case 'model':
      return [hit.year, hit.venue, hit.directions].filter(Boolean).join(' · ');
    case 'direction':
      return t.resultDirection;
    case 'planned':
      return hit.note ?? t.resultPlanned;
    case 'method':
      return t.resultMethod;
    case 'benchmark':
      return t.resultBenchmark;
  }
}

/** Appends text runs to an element, matches in <mark>. */
export function appendSegments(into: HTMLElement, segments: readonly Segment[]): void {
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

/** "Authors: Kaiming He, …" — the line saying why a result matched. */
export function whyElement(tag: 'span' | 'p', className: string, why: Why, labelEnd: string): HTMLElement {
  const node = el(tag, className);
  node.append(el('span', `${className}-label`, `${why.label}${labelEnd}`));
  appendSegments(node, why.segments);
  return node;
}

/** One result of the search page: linked name, year · venue · directions, why it matched, a sentence. */
export function resultItem(hit: SearchHit, t: SearchMessages): HTMLLIElement {
  const li = el('li', 'search-result');
  li.dataset.modelId = hit.id;
  const title = el('h2', 'search-result__name');
  const link = el('a', '', hit.name);
  link.href = hit.url;
  title.append(link);
  li.append(title, el('p', 'search-result__meta', hitMeta(hit, t)));
  if (hit.why) li.append(whyElement('p', 'search-result__why', hit.why, t.labelEnd));
  const excerpt = el('p', 'search-result__excerpt');
  appendSegments(excerpt, hit.excerpt);
  li.append(excerpt);
  return li;
}

/** "Did you mean ResNet?", the name a link to its results. */
export function didYouMean(into: HTMLElement, name: string, href: string, t: Pick<SearchMessages, 'didYouMean'>): void {
  const link = el('a', '', name);
  link.href = href;
  const [before = '', after = ''] = t.didYouMean.split('{q}');
  into.replaceChildren(document.createTextNode(before), link, document.createTextNode(after));
}
