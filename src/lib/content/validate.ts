/**
 * Cross-file checks that schemas alone cannot express: references, duplicates, missing prose,
 * formulas. Returns every issue found, located by file and field.
 */
import type { Issue } from '../issues.ts';
import type { LoadedContent } from './load.ts';
import { LOCALES, type Locale } from './schema.ts';
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

export function validateContent(content: LoadedContent): Issue[] {
  const issues: Issue[] = [...content.issues];
  const directionIds = new Set<string>();
  const modelIds = new Set<string>();

  // Directions: id matches file name, ids and orders unique.
  const orders = new Map<number, string>();
  for (const { file, data } of content.directions) {
    const stem = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (data.id !== stem) issues.push({ file, field: 'id', message: `id "${data.id}" does not match the file name "${stem}"` });
    if (directionIds.has(data.id)) issues.push({ file, field: 'id', message: `duplicate direction id "${data.id}"` });
    directionIds.add(data.id);
    const other = orders.get(data.order);
    if (other) issues.push({ file, field: 'order', message: `order ${data.order} is also used by direction "${other}"` });
    orders.set(data.order, data.id);
  }

  // Models: id matches folder, unique ids, known references, names and aliases unique across models.
  const nameOwner = new Map<string, { id: string; shown: string }>();
  for (const { file, data } of content.models) {
    const folder = file.split('/').at(-2);
    if (data.id !== folder) issues.push({ file, field: 'id', message: `id "${data.id}" does not match the folder name "${folder}"` });
    if (modelIds.has(data.id)) issues.push({ file, field: 'id', message: `duplicate model id "${data.id}"` });
    modelIds.add(data.id);
  }
  for (const { file, data } of content.models) {
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
      const owner = nameOwner.get(key);
      if (owner && owner.id !== data.id) {
        issues.push({ file, field, message: `"${value}" also names model "${owner.id}" ("${owner.shown}"): an alias must name one model` });
      } else {
        nameOwner.set(key, { id: data.id, shown: value });
      }
    }
  }

  // Planned stations must not duplicate a model that has an entry on the same line.
  for (const { file, data } of content.directions) {
    data.planned.forEach((station, i) => {
      const owner = nameOwner.get(nameKey(station.name));
      if (owner) {
        issues.push({
          file,
          field: `planned[${i}].name`,
          message: `"${station.name}" has an entry now (model "${owner.id}"): remove it from the planned stations`,
        });
      }
    });
  }

  // Prose: one per model per locale, no prose without facts, formulas parse, full entries complete.
  const tierOf = new Map(content.models.map((m) => [m.data.id, m.data.tier]));
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
  for (const prose of content.prose) {
    const tier = tierOf.get(prose.model);
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
  return issues;
}
