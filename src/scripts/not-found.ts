/**
 * The 404 page in the browser: names the unknown address, redirects a model id typed in another case to its
 * page, lists what the address may have meant, and offers a search for its words.
 */
import { keyOfPath, suggestionsFor, type Suggestible } from '../lib/reading/suggest.ts';

const models = JSON.parse(document.getElementById('nf-models')?.textContent ?? '[]') as Suggestible[];
const main = document.querySelector<HTMLElement>('main.not-found');
const path = location.pathname;
const suggestions = suggestionsFor(path, models);
const list = main?.querySelector<HTMLUListElement>('[data-nf-list]');
const pageOf = (id: string) => (list?.dataset.modelPage ?? '').replace('__id__', id);

// /xx/models/ResNet/ names ResNet's page exactly: go there, as a server redirect would.
const caseVariant = /\/models\/[^/]+\/?$/.test(path) && suggestions[0]?.exact && keyOfPath(path) === suggestions[0].id;
if (caseVariant && list) location.replace(pageOf(suggestions[0]!.id));

if (main && list) {
  const said = main.querySelector<HTMLElement>('[data-nf-path]');
  let shown = path;
  try {
    shown = decodeURI(path);
  } catch {
    /* show it encoded */
  }
  if (said) said.textContent = (said.dataset.template ?? '').replace('{}', shown);
  for (const s of suggestions) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = pageOf(s.id);
    link.textContent = s.name;
    item.append(link);
    list.append(item);
  }
  list.closest('section')!.hidden = suggestions.length === 0;
  main.querySelector<HTMLElement>('.nf-none')!.hidden = suggestions.length > 0;
  const words = keyOfPath(path).replace(/-/g, ' ');
  const search = main.querySelector<HTMLAnchorElement>('.nf-search');
  if (search && words) {
    search.href = `${search.getAttribute('href')}?q=${encodeURIComponent(words)}`;
    search.textContent = (search.dataset.template ?? '').replace('{}', words);
    search.hidden = false;
  }
}
