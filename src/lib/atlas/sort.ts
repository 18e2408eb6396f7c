/** Orderings shared by pages: A–Z by name (case- and accent-insensitive) and by time. */
import type { ModelFacts } from '../content/schema.ts';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A–Z by name, ignoring case and accents, numbers in numeric order. */
export function byName<T extends { name: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name);
}

/** By month of first publication, then by name. */
export function byTime(a: ModelFacts, b: ModelFacts): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month) || byName(a, b);
}

/** The letter a model is filed under in the A–Z index (digits go under "#"). */
export function indexLetter(name: string): string {
  const first = name.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
