/**
 * What the real content says, for browser tests whose expectation is a set of models (an author's papers,
 * a direction's models, a decade): derived from content/ at test time, so new entries do not break them.
 */
import { decadeOf, venueSeries } from '../../src/lib/search/facets.ts';
import { loadSearchContent } from '../../src/lib/search/load.ts';
import { realContent, root } from '../support/real-content.ts';

const ids = (keep: (m: ReturnType<typeof realContent>['models'][number]) => boolean) =>
  realContent()
    .models.filter(keep)
    .map((m) => m.id)
    .sort();

/** Ids of the models an author wrote: a full name as the facts spell it, or a surname. */
export const modelsBy = (author: string) => ids((m) => m.authors.some((a) => a === author || a.endsWith(` ${author}`)));

/** Ids of the models whose first author is this person (full name or surname): search ranks them first. */
export const firstAuthoredBy = (author: string) =>
  ids((m) => m.authors[0] === author || (m.authors[0]?.endsWith(` ${author}`) ?? false));

/** Ids of the models whose name, an alias or the paper title holds a phrase (any case). */
export const modelsNaming = (phrase: string) =>
  ids((m) => [m.name, ...m.aliases, m.paper.title].some((t) => t.toLowerCase().includes(phrase.toLowerCase())));

/** Ids of the models on a direction. */
export const modelsOn = (direction: string) => ids((m) => m.directions.includes(direction));

/** Ids of the models of a venue series (the search filter's grouping). */
export const modelsAt = (series: string) => ids((m) => venueSeries(m.venue, m.venue_type) === series);

/** Ids of the models first published in a decade (`1990`). */
export const modelsOfDecade = (decade: string) => ids((m) => decadeOf(m.year) === decade);

/** Ids of the models that introduce or use a method, as their pages list them (layer specs and facts). */
export function modelsUsing(method: string): string[] {
  const content = loadSearchContent(root);
  return content.models
    .filter((m) => content.methodsOf(m.id).includes(method))
    .map((m) => m.id)
    .sort();
}
