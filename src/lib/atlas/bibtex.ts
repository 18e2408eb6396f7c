/** A BibTeX record built from a model's fact file. */
import type { ModelFacts } from '../content/schema.ts';

const ENTRY_TYPE: Record<ModelFacts['venue_type'], string> = {
  conference: 'inproceedings',
  workshop: 'inproceedings',
  journal: 'article',
  preprint: 'misc',
  thesis: 'phdthesis',
  report: 'techreport',
  book: 'book',
};

/** Citation key: first author's family name, year, first title word (`he2015deep`). */
export function citationKey(facts: ModelFacts): string {
  const family = (facts.authors[0] ?? 'anon').split(/\s+/).at(-1) ?? 'anon';
  const word = facts.paper.title.split(/\s+/).find((w) => w.length > 3) ?? facts.paper.title;
  return `${ascii(family)}${facts.year}${ascii(word)}`;
}

function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/** Braces around the title keep BibTeX styles from lower-casing acronyms such as CNN or ImageNet. */
export function toBibtex(facts: ModelFacts): string {
  const type = ENTRY_TYPE[facts.venue_type];
  const fields: Array<[string, string]> = [
    ['title', `{${facts.paper.title}}`],
    ['author', facts.authors.join(' and ')],
    ['year', String(facts.year)],
  ];
  if (type === 'inproceedings') fields.push(['booktitle', facts.venue]);
  if (type === 'article') fields.push(['journal', facts.venue]);
  if (type === 'techreport' || type === 'phdthesis')
    fields.push([type === 'techreport' ? 'institution' : 'school', facts.institution]);
  if (facts.paper.doi) fields.push(['doi', facts.paper.doi]);
  if (facts.paper.arxiv) {
    fields.push(['eprint', facts.paper.arxiv], ['archivePrefix', 'arXiv']);
  }
  fields.push(['url', facts.paper.url]);
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n');
  return `@${type}{${citationKey(facts)},\n${body}\n}`;
}
