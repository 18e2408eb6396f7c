/**
 * Cross-file checks that schemas alone cannot express: references, duplicates, missing prose,
 * formulas. Returns every issue found, located by file and field.
 */
import type { Issue } from '../issues.ts';
import type { LoadedContent, LoadedProse } from './load.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { checkFormulas } from './formulas.ts';
import { extractProseLinks } from './prose-links.ts';
import { nameKey } from '../atlas/names.ts';

/** Minimum length of a full entry's prose, per language (entry standard: 600–1,200 words). */
export const MIN_FULL_LENGTH: Record<Locale, { count: number; unit: string }> = {
  en: { count: 600, unit: 'words' },
  'zh-CN': { count: 900, unit: 'Chinese characters' },
};

/** Marks of an unfinished page that must never be published. */
const PLACEHOLDER = /\b(TODO|TBD|FIXME|XXX|lorem ipsum)\b|待补充|待完成/i;

/** Words in English prose, CJK characters in Chinese prose; formulas, tags and markup do not count. */
export function proseLength(body: string, locale: Locale): number {
  const text = body
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ');
  if (locale === 'zh-CN') return (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return (text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? []).length;
}

/** Who a name key belongs to, for the "an alias must name one model" rule. */
type NameOwners = Map<string, { id: string; shown: string }>;

/**
 * Every cross-file check, in order: directions, model ids, each model's references and names, planned
 * stations, prose coverage, then each prose file. Returns the loader's issues followed by these.
 */
export function validateContent(content: LoadedContent): Issue[] {
  const issues: Issue[] = [...content.issues];
  const directionIds = checkDirections(content.directions, issues);
  const modelIds = checkModelIds(content.models, issues);
  const owners: NameOwners = new Map();
  for (const model of content.models) {
    checkReferences(model, directionIds, modelIds, issues);
    checkNames(model, owners, issues);
  }
  checkPlanned(content.directions, owners, issues);
  checkProseCoverage(content, issues);
  const tierOf = new Map(content.models.map((m) => [m.data.id, m.data.tier]));
  for (const prose of content.prose) checkProse(prose, tierOf.get(prose.model), modelIds, issues);
  return issues;
}

/** A direction's id matches its file name; ids and orders are unique. Returns the ids. */
function checkDirections(directions: LoadedContent['directions'], issues: Issue[]): Set<string> {
  const ids = new Set<string>();
  const orders = new Map<number, string>();
  for (const { file, data } of directions) {
    const stem = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (data.id !== stem) issues.push({ file, field: 'id', message: `id "${data.id}" does not match the file name "${stem}"` });
    if (ids.has(data.id)) issues.push({ file, field: 'id', message: `duplicate direction id "${data.id}"` });
    ids.add(data.id);
    const other = orders.get(data.order);
    if (other) issues.push({ file, field: 'order', message: `order ${data.order} is also used by direction "${other}"` });
    orders.set(data.order, data.id);
  }
  return ids;
}

/** A model's id matches its folder and is unique. Returns the ids. */
function checkModelIds(models: LoadedContent['models'], issues: Issue[]): Set<string> {
  const ids = new Set<string>();
  for (const { file, data } of models) {
    const folder = file.split('/').at(-2);
    if (data.id !== folder) issues.push({ file, field: 'id', message: `id "${data.id}" does not match the folder name "${folder}"` });
    if (ids.has(data.id)) issues.push({ file, field: 'id', message: `duplicate model id "${data.id}"` });
    ids.add(data.id);
  }
  return ids;
}

/** Directions and builds_on name things that exist, each once, and a model does not build on itself. */
function checkReferences(
  { file, data }: LoadedContent['models'][number],
  directionIds: ReadonlySet<string>,
  modelIds: ReadonlySet<string>,
  issues: Issue[],
): void {
  data.directions.forEach((d, i) => {
    if (!directionIds.has(d)) issues.push({ file, field: `directions[${i}]`, message: `unknown direction "${d}"` });
  });
  if (new Set(data.directions).size !== data.directions.length) {
    issues.push({ file, field: 'directions', message: 'a direction is listed twice' });
  }
  data.builds_on.forEach((b, i) => {
    if (b.model === data.id) issues.push({ file, field: `builds_on[${i}].model`, message: 'a model cannot build on itself' });
    else if (!modelIds.has(b.model)) issues.push({ file, field: `builds_on[${i}].model`, message: `unknown model "${b.model}"` });
  });
}

/** A model's name and aliases are distinct under the shared name key, and no other model's (see atlas/names.ts). */
function checkNames({ file, data }: LoadedContent['models'][number], owners: NameOwners, issues: Issue[]): void {
  const names = [
    { value: data.name, field: 'name' },
    ...data.aliases.map((value, i) => ({ value, field: `aliases[${i}]` })),
  ];
  const seenHere = new Set<string>();
  for (const { value, field } of names) {
    const key = nameKey(value);
    if (seenHere.has(key)) {
      issues.push({ file, field, message: `"${value}" repeats this model's name or another alias` });
      continue;
    }
    seenHere.add(key);
    const owner = owners.get(key);
    if (owner && owner.id !== data.id) {
      issues.push({ file, field, message: `"${value}" also names model "${owner.id}" ("${owner.shown}"): an alias must name one model` });
    } else {
      owners.set(key, { id: data.id, shown: value });
    }
  }
}

/** A planned station must not duplicate a model that has an entry. */
function checkPlanned(directions: LoadedContent['directions'], owners: NameOwners, issues: Issue[]): void {
  for (const { file, data } of directions) {
    data.planned.forEach((station, i) => {
      const owner = owners.get(nameKey(station.name));
      if (owner) {
        issues.push({
          file,
          field: `planned[${i}].name`,
          message: `"${station.name}" has an entry now (model "${owner.id}"): remove it from the planned stations`,
        });
      }
    });
  }
}

/** Prose in every locale for every model, and no prose without facts. */
function checkProseCoverage(content: LoadedContent, issues: Issue[]): void {
  const proseOf = new Set(content.prose.map((p) => `${p.model}/${p.locale}`));
  for (const folder of content.orphanFolders) {
    issues.push({ file: `${folder}/facts.yaml`, message: 'prose without a fact file: add facts.yaml or remove the folder' });
  }
  for (const { file, data } of content.models) {
    for (const locale of LOCALES) {
      if (!proseOf.has(`${data.id}/${locale}`)) {
        issues.push({ file: file.replace(/facts\.yaml$/, `${locale}.mdx`), message: `missing: model "${data.id}" has no ${locale} prose` });
      }
    }
  }
}

/** One prose file: formulas parse, links name entries, no placeholder, and a full entry is long enough. */
function checkProse(prose: LoadedProse, tier: string | undefined, modelIds: ReadonlySet<string>, issues: Issue[]): void {
  for (const error of checkFormulas(prose.body)) {
    issues.push({
      file: prose.file,
      line: prose.bodyLine + error.line - 1,
      message: `KaTeX cannot parse formula "${error.tex}": ${error.message}`,
    });
  }
  for (const link of extractProseLinks(prose.body)) {
    const line = prose.bodyLine + link.line - 1;
    if (!link.model) {
      issues.push({ file: prose.file, line, message: `relative link "${link.url}": link other entries as ../<model-id>/` });
    } else if (!modelIds.has(link.model)) {
      issues.push({ file: prose.file, line, message: `link to unknown model "${link.model}" (${link.url})` });
    }
  }
  const placeholder = PLACEHOLDER.exec(prose.body);
  if (placeholder) issues.push({ file: prose.file, message: `placeholder "${placeholder[0]}" in published prose` });
  if (tier === 'full') {
    const min = MIN_FULL_LENGTH[prose.locale];
    const length = proseLength(prose.body, prose.locale);
    if (length < min.count) {
      issues.push({ file: prose.file, message: `a full entry needs at least ${min.count} ${min.unit}; this one has ${length}` });
    }
  }
}
