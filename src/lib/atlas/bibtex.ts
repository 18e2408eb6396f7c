/**
 * BibTeX records: the paper's (from its fact file and the venue table in venues.ts) and the atlas page's own.
 * The year is the venue's (a CVPR 2016 paper is cited as 2016 even when its arXiv version is from 2015); the
 * booktitle or journal is the venue's full title; arXiv papers carry eprint and archivePrefix, and a paper that
 * only ever appeared on arXiv is a @misc.
 */
import type { ModelFacts } from '../content/schema.ts';
import { parseVenue, type ParsedVenue } from './venues.ts';

type EntryType = 'inproceedings' | 'article' | 'misc' | 'phdthesis' | 'techreport' | 'book';
type Field = [string, string];

const ENTRY_TYPE: Record<ModelFacts['venue_type'], EntryType> = {
  conference: 'inproceedings',
  workshop: 'inproceedings',
  journal: 'article',
  preprint: 'misc',
  thesis: 'phdthesis',
  report: 'techreport',
  book: 'book',
};

/** The year a citation gives: the venue's when the venue names one, else the first public year. */
export function citationYear(facts: ModelFacts): number {
  return facts.venue_type === 'preprint' ? facts.year : (parseVenue(facts.venue).year ?? facts.year);
}

/** Citation key: first author's family name, citation year, first title word (`he2016deep`). */
export function citationKey(facts: ModelFacts): string {
  const family = (facts.authors[0] ?? 'anon').split(/\s+/).at(-1) ?? 'anon';
  const word = facts.paper.title.split(/\s+/).find((w) => w.length > 3) ?? facts.paper.title;
  return `${ascii(family)}${citationYear(facts)}${ascii(word)}`;
}

function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/** BibTeX wants a double hyphen between pages. */
const bibPages = (pages: string) => pages.replace(/[–-]/, '--');

/** A technical report's number, when the venue names one ("CMU technical report CMU-CS-16-118"). */
function reportNumber(venue: string): string | undefined {
  return /technical report\s+(\S+)/i.exec(venue)?.[1];
}

/** Where the paper appeared: booktitle or journal with volume, issue and pages; institution for a report. */
function venueFields(type: EntryType, facts: ModelFacts, venue: ParsedVenue): Field[] {
  const fields: Field[] = [];
  if (type === 'inproceedings') fields.push(['booktitle', venue.title]);
  if (type === 'article') {
    fields.push(['journal', venue.title]);
    if (venue.volume) fields.push(['volume', venue.volume]);
    if (venue.number) fields.push(['number', venue.number]);
  }
  if (type === 'techreport') {
    fields.push(['institution', facts.institution]);
    const number = reportNumber(facts.venue);
    if (number) fields.push(['number', number]);
  }
  if (type === 'phdthesis') fields.push(['school', facts.institution]);
  if (facts.paper.pages) fields.push(['pages', bibPages(facts.paper.pages)]);
  return fields;
}

/** arXiv fields; an arXiv-only paper also says so in howpublished, which plain BibTeX styles print. */
function arxivFields(type: EntryType, facts: ModelFacts): Field[] {
  const id = facts.paper.arxiv;
  if (!id) return [];
  const fields: Field[] = [
    ['eprint', id],
    ['archivePrefix', 'arXiv'],
  ];
  if (type === 'misc') fields.unshift(['howpublished', `arXiv preprint arXiv:${id}`]);
  return fields;
}

/** Lays fields out with aligned equals signs, as reference managers write them. */
export function formatRecord(type: string, key: string, fields: readonly Field[]): string {
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/** Braces around the title keep BibTeX styles from lower-casing acronyms such as CNN or ImageNet. */
export function toBibtex(facts: ModelFacts): string {
  const type = ENTRY_TYPE[facts.venue_type];
  const venue = parseVenue(facts.venue);
  const fields: Field[] = [
    ['title', `{${facts.paper.title}}`],
    ['author', facts.authors.join(' and ')],
    ...venueFields(type, facts, venue),
    ['year', String(citationYear(facts))],
  ];
  if (facts.paper.doi) fields.push(['doi', facts.paper.doi]);
  fields.push(...arxivFields(type, facts), ['url', facts.paper.url]);
  return formatRecord(type, citationKey(facts), fields);
}
