/** Build-time access to the content collections, sorted deterministically (getCollection order is not stable). */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Direction, ModelFacts } from '../lib/content/schema.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { byName } from '../lib/atlas/sort.ts';

/** The directions in map order. */
export async function allDirections(): Promise<Direction[]> {
  return (await getCollection('directions')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** The models A–Z by name: the order every page lists them in. */
export async function allModels(): Promise<ModelFacts[]> {
  return (await getCollection('models')).map((e) => e.data).sort(byName);
}

/** A model's prose in one language (the content guard has made sure it exists). */
export async function proseOf(modelId: string, locale: Locale): Promise<CollectionEntry<'prose'>> {
  const entry = await getEntry('prose', `${modelId}/${locale}`);
  // The content guard has already checked that every model has prose in every locale.
  if (!entry) throw new Error(`content/models/${modelId}/${locale}.mdx: missing prose`);
  return entry;
}
