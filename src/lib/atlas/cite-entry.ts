/**
 * "Cite this entry": a record for the atlas page itself (as Distill offers for its articles), separate from the
 * paper's. Its date is the entry's last change in the repository's history (src/data/history.ts), so a reader
 * cites the version they read; without history (a copy outside git) the record has no date rather than a guessed one.
 */
import { formatRecord } from './bibtex.ts';

export interface EntryCitation {
  id: string;
  /** The model's name, the title of its page. */
  name: string;
  /** The page's URL (absolute when the site's origin is known). */
  url: string;
  /** Last change of the entry, YYYY-MM-DD. */
  updated?: string;
  /** In the page's language: the atlas's name, its authors, and the note carrying the date. */
  siteName: string;
  authors: string;
  updatedNote: (date: string) => string;
}

export function entryBibtex(c: EntryCitation): string {
  const fields: Array<[string, string]> = [
    ['title', `{${c.name}}`],
    ['author', `{${c.authors}}`],
    ['howpublished', c.siteName],
  ];
  if (c.updated) fields.push(['year', c.updated.slice(0, 4)]);
  fields.push(['url', c.url]);
  if (c.updated) fields.push(['note', c.updatedNote(c.updated)]);
  return formatRecord('misc', `alphatree-${c.id}`, fields);
}

/** The same citation as one line of text, for pasting where BibTeX is not used. */
export function entryCitationText(c: EntryCitation): string {
  const parts = [`${c.authors}. “${c.name}”. ${c.siteName}`];
  if (c.updated) parts.push(c.updatedNote(c.updated));
  return `${parts.join(', ')}. ${c.url}`;
}
