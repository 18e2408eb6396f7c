/**
 * Build-time access to the content collections, sorted deterministically (getCollection order is not stable),
 * read and sorted once per build: every model page, social card and diagram asks for the models, and sorting
 * the whole atlas for each of them grows as N² log N (issue 27). Each caller gets its own copy of the list.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Direction, ModelFacts } from '../lib/content/schema.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { byName } from '../lib/atlas/sort.ts';
import { descendantsIndex, type Descendant } from '../lib/atlas/lineage.ts';
import { ancestry, type Ancestry } from '../lib/charts/ancestry.ts';
import { stationsOf, type Station } from '../lib/atlas/lines.ts';

let directions: Promise<Direction[]> | undefined;
let models: Promise<ModelFacts[]> | undefined;

/** The directions in map order. */
export async function allDirections(): Promise<Direction[]> {
  // The dev server re-renders pages as content changes: read afresh there, once per build otherwise.
  if (import.meta.env.DEV) directions = undefined;
  directions ??= getCollection('directions').then((es) => es.map((e) => e.data).sort((a, b) => a.order - b.order));
  return [...(await directions)];
}

/** The models A–Z by name: the order every page lists them in. */
export async function allModels(): Promise<ModelFacts[]> {
  if (import.meta.env.DEV) models = undefined;
  models ??= getCollection('models').then((es) => es.map((e) => e.data).sort(byName));
  return [...(await models)];
}

/** The builds-on relation of every model, indexed once: what each model page lists as its lineage. */
export interface ModelLineage extends Ancestry {
  names: ReadonlyMap<string, string>;
  descendantsOf(modelId: string): Descendant[];
}

let lineage: Promise<ModelLineage> | undefined;

export function modelLineage(): Promise<ModelLineage> {
  if (import.meta.env.DEV) lineage = undefined;
  lineage ??= allModels().then((all) => ({
    ...ancestry(all),
    names: new Map(all.map((m) => [m.id, m.name])),
    descendantsOf: descendantsIndex(all),
  }));
  return lineage;
}

let stations: Promise<Map<string, Station[]>> | undefined;

/** Every direction's stations in time order (atlas/lines.ts), once per build: each social card shows its line's. */
export async function lineStations(directionId: string): Promise<readonly Station[]> {
  if (import.meta.env.DEV) stations = undefined;
  stations ??= Promise.all([allDirections(), allModels()]).then(
    ([ds, ms]) => new Map(ds.map((d) => [d.id, stationsOf(d, ms)])),
  );
  return (await stations).get(directionId) ?? [];
}

/** A model's prose in one language (the content guard has made sure it exists). */
export async function proseOf(modelId: string, locale: Locale): Promise<CollectionEntry<'prose'>> {
  const entry = await getEntry('prose', `${modelId}/${locale}`);
  // The content guard has already checked that every model has prose in every locale.
  if (!entry) throw new Error(`content/models/${modelId}/${locale}.mdx: missing prose`);
  return entry;
}
