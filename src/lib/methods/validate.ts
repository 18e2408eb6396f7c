/**
 * Checks of the method files and of what models declare about methods: ids match folders, both languages
 * exist within the length a method page allows, formulas parse, links point at pages that exist, the notation
 * names real icons, layer types and patterns; and nothing is written twice — a method has exactly one
 * introducer (a model that declares it, or else a paper in the method file), and a model does not declare a
 * method its own layer spec already shows.
 */
import { closest } from '../notation/errors.ts';
import { FAMILIES, LAYER_TYPES } from '../notation/layers/index.ts';
import type { Issue } from '../issues.ts';
import { nameKey } from '../atlas/names.ts';
import type { LoadedCatalogue } from '../content/load-catalogue.ts';
import type { Loaded } from '../content/load.ts';
import type { ModelFacts } from '../content/schema.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { checkFormula } from '../content/formulas.ts';
import type { ProseLink } from '../content/prose-links.ts';
import { proseLength } from '../content/validate.ts';
import { conditionProblem, PATTERNS } from './match.ts';

/** Length of a method page's explanation, per language. */
export const METHOD_LENGTH: Record<Locale, { min: number; max: number; unit: string }> = {
  en: { min: 200, max: 450, unit: 'words' },
  'zh-CN': { min: 350, max: 800, unit: 'Chinese characters' },
};

/** `../<method>/`, `../../models/<id>/`, `../../benchmarks/<id>/`, each with an optional #anchor. */
const LINK = /^\.\.\/(?:\.\.\/(models|benchmarks)\/)?([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:#[\w-]+)?$/;

/**
 * The link rule of method explanations (the prose checks run it): methods as `../<id>/`, models as
 * `../../models/<id>/`, benchmarks as `../../benchmarks/<id>/`, each to a page that exists.
 */
export function methodLinkProblem(
  catalogue: LoadedCatalogue,
  models: ReadonlySet<string>,
): (link: ProseLink) => string | undefined {
  const known = {
    methods: new Set(catalogue.methods.map((m) => m.data.id)),
    models,
    benchmarks: new Set(catalogue.benchmarks.map((b) => b.data.id)),
  };
  return (link) => {
    const match = LINK.exec(link.url);
    const kind = match ? ((match[1] ?? 'methods') as keyof typeof known) : undefined;
    const id = match?.[2];
    if (!kind || !id)
      return `relative link "${link.url}": link methods as ../<id>/, models as ../../models/<id>/, benchmarks as ../../benchmarks/<id>/`;
    if (!known[kind].has(id)) return `link to unknown ${kind.replace(/s$/, '')} "${id}" (${link.url})`;
    return undefined;
  };
}

function methodFileIssues(catalogue: LoadedCatalogue): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const { file, data } of catalogue.methods) {
    const folder = file.split('/').at(-2);
    if (data.id !== folder)
      issues.push({ file, field: 'id', message: `id "${data.id}" does not match the folder name "${folder}"` });
    ids.add(data.id);
    [data.name.en, data.name['zh-CN'], ...data.aliases].forEach((value, i) => {
      const owner = names.get(nameKey(value));
      const field = i === 0 ? 'name.en' : i === 1 ? 'name.zh-CN' : `aliases[${i - 2}]`;
      if (owner && owner !== data.id)
        issues.push({ file, field, message: `"${value}" also names method "${owner}": a name must name one method` });
      names.set(nameKey(value), data.id);
    });
    const formulaError = checkFormula({ tex: data.formula, display: true, line: 1 });
    if (formulaError)
      issues.push({
        file,
        field: 'formula',
        message: `KaTeX cannot parse formula "${data.formula}": ${formulaError.message}`,
      });
    const icon = data.notation?.icon;
    if (icon && !(FAMILIES as readonly string[]).includes(icon)) {
      const hint = closest(icon, FAMILIES);
      issues.push({
        file,
        field: 'notation.icon',
        message: `unknown icon family "${icon}"${hint ? ` (did you mean ${hint}?)` : ''}`,
      });
    }
    (data.notation?.realised_by ?? []).forEach((m, i) => {
      const field = `notation.realised_by[${i}]`;
      if ('layer' in m && !LAYER_TYPES.includes(m.layer)) {
        const hint = closest(m.layer, LAYER_TYPES);
        issues.push({
          file,
          field: `${field}.layer`,
          message: `unknown layer type "${m.layer}"${hint ? ` (did you mean ${hint}?)` : ''}`,
        });
      } else if ('layer' in m && m.where) {
        const problem = conditionProblem(m.layer, m.where);
        if (problem) issues.push({ file, field: `${field}.where`, message: problem });
      }
      if ('pattern' in m && !(m.pattern in PATTERNS)) {
        issues.push({
          file,
          field: `${field}.pattern`,
          message: `unknown pattern "${m.pattern}" (known: ${Object.keys(PATTERNS).join(', ')})`,
        });
      }
    });
  }
  issues.push(...proseIssues(catalogue));
  return issues;
}

/** Both languages present, each within the length a method page allows (links and formulas: the prose checks). */
function proseIssues(catalogue: LoadedCatalogue): Issue[] {
  const issues: Issue[] = [];
  const present = new Set(catalogue.methodProse.map((p) => `${p.method}/${p.locale}`));
  for (const { file, data } of catalogue.methods) {
    for (const locale of LOCALES) {
      if (!present.has(`${data.id}/${locale}`))
        issues.push({
          file: file.replace(/facts\.yaml$/, `${locale}.mdx`),
          message: `missing: method "${data.id}" has no ${locale} explanation`,
        });
    }
  }
  for (const prose of catalogue.methodProse) {
    const { min, max, unit } = METHOD_LENGTH[prose.locale];
    const length = proseLength(prose.body, prose.locale);
    if (length < min || length > max) {
      issues.push({
        file: prose.file,
        message: `a method's explanation has ${min}–${max} ${unit}; this one has ${length}`,
      });
    }
  }
  return issues;
}

/** A model's declared methods exist, and each method has exactly one introducer. */
function declarationIssues(
  catalogue: LoadedCatalogue,
  models: readonly Loaded<ModelFacts>[],
  shown: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
): Issue[] {
  const issues: Issue[] = [];
  const ids = catalogue.methods.map((m) => m.data.id);
  const introducers = new Map<string, string[]>();
  for (const { file, data } of models) {
    for (const key of ['introduces', 'uses'] as const) {
      (data.methods?.[key] ?? []).forEach((id, i) => {
        const field = `methods.${key}[${i}]`;
        if (!ids.includes(id)) {
          const hint = closest(id, ids);
          issues.push({ file, field, message: `unknown method "${id}"${hint ? ` (did you mean ${hint}?)` : ''}` });
        } else if (key === 'introduces') {
          introducers.set(id, [...(introducers.get(id) ?? []), data.id]);
        } else if (data.methods?.introduces.includes(id)) {
          issues.push({
            file,
            field,
            message: `"${id}" is already in methods.introduces: an introducer uses it by definition`,
          });
        } else if (shown.get(data.id)?.has(id)) {
          issues.push({
            file,
            field,
            message: `the layer spec (arch.yaml) already shows "${id}": remove it here, it is computed`,
          });
        }
      });
    }
  }
  for (const { file, data } of catalogue.methods) {
    const by = introducers.get(data.id) ?? [];
    if (by.length > 1) {
      issues.push({
        file,
        message: `introduced by ${by.map((m) => `"${m}"`).join(' and ')}: only one model's facts may say methods.introduces`,
      });
    } else if (by.length === 1 && data.paper) {
      issues.push({
        file,
        field: 'paper',
        message: `model "${by[0]}" declares that it introduced this method: remove paper, it comes from that entry`,
      });
    } else if (by.length === 0 && !data.paper) {
      issues.push({
        file,
        message:
          "no introducer: add methods: { introduces: [<id>] } to the introducing model's facts, or a paper here when the atlas has no entry for it",
      });
    }
  }
  return issues;
}

export function validateMethods(
  catalogue: LoadedCatalogue,
  models: readonly Loaded<ModelFacts>[],
  shown: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
): Issue[] {
  return [...methodFileIssues(catalogue), ...declarationIssues(catalogue, models, shown)];
}
