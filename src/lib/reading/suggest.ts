/**
 * Suggestions for an unknown address (the 404 page): the model its last path segment names — by id in any
 * case, by an alias or the name written as a slug (`resnet-50` → ResNet), or by a near spelling. Pure: the 404
 * page runs it in the browser on its own address; the alias slugs also become redirects (integrations/reading.ts).
 */

export interface Suggestible {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface Suggestion {
  id: string;
  name: string;
  /** The address names the model unambiguously (its id in another case, or one of its aliases). */
  exact: boolean;
}

/** An alias as it would be typed in a URL: `ResNet-50` → `resnet-50`; undefined for non-Latin aliases. */
export function slugOf(text: string): string | undefined {
  if (/[^ -\u024f]/.test(text)) return undefined;
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || undefined;
}

/** Alias slugs that name exactly one model and are not some model's id: these can redirect. */
export function aliasSlugs(models: readonly Suggestible[]): Map<string, string> {
  const ids = new Set(models.map((m) => m.id));
  const owners = new Map<string, Set<string>>();
  for (const m of models)
    for (const text of [m.name, ...m.aliases]) {
      const slug = slugOf(text);
      if (slug && slug !== m.id) owners.set(slug, (owners.get(slug) ?? new Set()).add(m.id));
    }
  const unique = new Map<string, string>();
  for (const [slug, set] of owners) if (set.size === 1 && !ids.has(slug)) unique.set(slug, [...set][0]!);
  return unique;
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/** The word an unknown path is about: its last non-empty segment, decoded and slugged. */
export function keyOfPath(path: string): string {
  const segments = path.split('/').filter(Boolean);
  let last = segments.at(-1) ?? '';
  try {
    last = decodeURIComponent(last);
  } catch {
    /* keep it encoded */
  }
  return slugOf(last.replace(/\.html?$/, '')) ?? '';
}

/** Near spellings allowed: one edit per four characters, at most three. */
const tolerance = (key: string) => Math.min(3, Math.max(1, Math.floor(key.length / 4)));

/** Up to `limit` models for an unknown path, best first. */
export function suggestionsFor(path: string, models: readonly Suggestible[], limit = 5): Suggestion[] {
  const key = keyOfPath(path);
  if (key.length < 2) return [];
  const byId = new Map(models.map((m) => [m.id, m]));
  const exactId = byId.get(key);
  const alias = aliasSlugs(models).get(key);
  const scored = models
    .map((m) => {
      const names = [m.id, ...[m.name, ...m.aliases].map(slugOf).filter((s): s is string => !!s)];
      const best = Math.min(
        ...names.map((n) => (n.startsWith(key) || key.startsWith(n) ? (n.length >= 3 ? 0.5 : 9) : distance(key, n, 3))),
      );
      return { m, best };
    })
    .filter((s) => s.best <= tolerance(key) && s.m.id !== exactId?.id && s.m.id !== alias)
    .sort((a, b) => a.best - b.best || a.m.name.localeCompare(b.m.name));
  const exact = [exactId, alias ? byId.get(alias) : undefined].filter((m): m is Suggestible => !!m);
  return [
    ...exact.map((m) => ({ id: m.id, name: m.name, exact: true })),
    ...scored.map(({ m }) => ({ id: m.id, name: m.name, exact: false })),
  ].slice(0, limit);
}
