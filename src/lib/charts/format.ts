/** Number formatting shared by the table, the charts and the CSV: counts in M or G, percentages, short forms. */

/** Up to `digits` significant decimals, no trailing zeros: 25.0 → "25", 0.3265 → "0.33". */
export function trimmed(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/** A count given in millions, in M below a thousand and in G from there: 569 → "569 M", 11282.4 → "11.3 G". */
export function formatMillions(millions: number): string {
  if (millions >= 1000) return `${trimmed(millions / 1000, millions >= 10000 ? 1 : 2)} G`;
  if (millions >= 100) return `${trimmed(millions, 0)} M`;
  if (millions >= 1) return `${trimmed(millions, millions >= 10 ? 1 : 2)} M`;
  if (millions >= 0.01) return `${trimmed(millions, 3)} M`;
  return `${trimmed(millions * 1000, 1)} K`;
}

/** An accuracy in %: at most two decimals. */
export function formatPercent(value: number): string {
  return `${trimmed(value, 2)} %`;
}

/** An axis tick on a log scale of millions: 100 → "100 M", 2000 → "2 G", 0.5 → "0.5 M". */
export function formatTickMillions(millions: number): string {
  if (millions >= 1000) return `${trimmed(millions / 1000, 2)} G`;
  return `${trimmed(millions, 3)} M`;
}
