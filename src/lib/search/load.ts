/**
 * The search's content, read from a content folder at build time (Node only: the browser never imports this):
 * facts, prose summaries, methods and benchmarks, and which methods each model uses — computed as the model
 * pages compute it, from the layer specs and the facts (src/lib/methods/usage.ts), so a model is found through
 * exactly the methods its page lists.
 */
import { loadContent } from '../content/load.ts';
import { loadCatalogue } from '../content/load-catalogue.ts';
import { methodsByModel, methodUsages, specOccurrences } from '../methods/usage.ts';
import { getArchSpecs } from '../notation/load.ts';
import { searchContent, type SearchContent } from './documents.ts';

export function loadSearchContent(root: string, contentDir = 'content'): SearchContent {
  const loaded = loadContent(root, contentDir);
  const catalogue = loadCatalogue(root, contentDir);
  const methods = catalogue.methods.map((m) => m.data);
  const models = loaded.models.map((m) => m.data);
  const usages = methodUsages(methods, models, specOccurrences(getArchSpecs(root, contentDir), methods));
  const byModel = methodsByModel(usages);
  const methodsOf = new Map(models.map((m) => [m.id, (byModel.get(m.id) ?? []).map((u) => u.method)]));
  return searchContent(loaded, catalogue, methodsOf);
}
