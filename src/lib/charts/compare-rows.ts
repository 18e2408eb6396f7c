/**
 * One compare-table row per model: a headline network (its most comparable accuracy figure), and for each
 * column the figure for that same network when the facts have one, otherwise the model's best other figure,
 * flagged as being for another variant.
 */
import type { ModelFacts } from '../content/schema.ts';
import {
  chartable,
  computedFigures,
  figuresOf,
  isImageNetCost,
  ranked,
  type AccuracyKind,
  type ComputedArchitecture,
  type CostKind,
  type Figure,
} from './figures.ts';
import { identifyingTokens, sameVariant } from './variants.ts';

export interface Cell {
  figure: Figure;
  /** The notation engine's figure for the same network, shown next to a reported one. */
  computed?: Figure;
  /** The figure is not for the row's headline network (or could not be matched to it). */
  otherVariant: boolean;
}

export interface CompareRow {
  id: string;
  name: string;
  year: number;
  month: number;
  directions: string[];
  venue: string;
  /** The network the row describes: its best-ranked ImageNet top-1, else top-5, else LFW figure. */
  headline?: Figure;
  top1?: Cell;
  top5?: Cell;
  lfw?: Cell;
  params?: Cell;
  multAdds?: Cell;
}

export const ACCURACY_KINDS: readonly AccuracyKind[] = ['top1', 'top5', 'lfw'];

function accuracyCell(figures: readonly Figure[], headline: Figure | undefined): Cell | undefined {
  const all = ranked(figures);
  if (all.length === 0) return undefined;
  if (!headline) return { figure: all[0]!, otherVariant: false };
  if (all.includes(headline)) return { figure: headline, otherVariant: false };
  const same = all.find((f) => chartable(f) && sameVariant(f.variant, headline.variant));
  return same ? { figure: same, otherVariant: false } : { figure: all[0]!, otherVariant: true };
}

/**
 * The cost figure for a network described by `accuracy` (given with every accuracy figure of its kind): a
 * reported figure for the same variant, else a computed one. When nothing matches by name, `accuracy` is the
 * model's best-ranked figure and the model has a single cost figure (reported, or else computed, where a
 * computed network named as the paper's counts as single) whose variant does not name a different network,
 * the two are taken to describe the same network (AlexNet's "one CNN" and "the two-GPU network of the paper").
 */
export function matchCost(
  accuracy: Figure,
  accuracyCandidates: readonly Figure[],
  reported: readonly Figure[],
  computed: readonly Figure[],
): Figure | undefined {
  // A benchmark result's cost figures were already narrowed to its benchmark (charts/board-points.ts).
  const usable = (f: Figure) => accuracy.kind === 'lfw' || accuracy.kind === 'result' || isImageNetCost(f);
  const byName = [...ranked(reported), ...computed].find((f) => usable(f) && sameVariant(accuracy.variant, f.variant));
  if (byName) return byName;
  if (ranked(accuracyCandidates.filter(chartable))[0] !== accuracy) return undefined;
  const usableReported = reported.filter(usable);
  const usableComputed = computed.filter(usable);
  // Of several computed networks, the one the notation names as the paper's ("AlexNet (paper, two GPUs)").
  const papers = usableComputed.filter((f) => /\bpaper\b/i.test(f.variant));
  const pool =
    usableReported.length > 0
      ? usableReported
      : usableComputed.length > 1 && papers.length === 1
        ? papers
        : usableComputed;
  const sole = pool.length === 1 ? pool[0]! : undefined;
  const unnamed = (f: Figure) => identifyingTokens(f.variant).length === 0;
  return sole && (unnamed(sole) || unnamed(accuracy)) ? sole : undefined;
}

function costCell(
  kind: CostKind,
  facts: ModelFacts,
  archs: readonly ComputedArchitecture[],
  headline: Figure | undefined,
  headlineCandidates: readonly Figure[],
): Cell | undefined {
  const reported = figuresOf(facts.metrics, kind);
  const computed = computedFigures(archs, kind);
  const twin = (f: Figure) => (f.notation ? undefined : computed.find((c) => sameVariant(c.variant, f.variant)));
  if (headline) {
    const match = matchCost(headline, headlineCandidates, reported, computed);
    if (match) return { figure: match, computed: twin(match), otherVariant: false };
  }
  const fallback = reported[0] ?? computed[0];
  if (!fallback) return undefined;
  return { figure: fallback, computed: twin(fallback), otherVariant: headline !== undefined };
}

/** The row of one model; `archs` are the notation engine's per-variant totals for it (may be empty). */
export function compareRow(facts: ModelFacts, archs: readonly ComputedArchitecture[] = []): CompareRow {
  const accuracy = Object.fromEntries(ACCURACY_KINDS.map((k) => [k, figuresOf(facts.metrics, k)])) as Record<
    AccuracyKind,
    Figure[]
  >;
  const headline = ACCURACY_KINDS.map((k) => ranked(accuracy[k].filter(chartable))[0] ?? ranked(accuracy[k])[0]).find(
    (f) => f !== undefined,
  );
  const candidates = headline ? accuracy[headline.kind as AccuracyKind] : [];
  return {
    id: facts.id,
    name: facts.name,
    year: facts.year,
    month: facts.month,
    directions: facts.directions,
    venue: facts.venue,
    headline,
    top1: accuracyCell(accuracy.top1, headline),
    top5: accuracyCell(accuracy.top5, headline),
    lfw: accuracyCell(accuracy.lfw, headline),
    params: costCell('params', facts, archs, headline, candidates),
    multAdds: costCell('mult-adds', facts, archs, headline, candidates),
  };
}

/** One compare-table row per model, in the order given. */
export function compareRows(
  models: readonly ModelFacts[],
  archs: Readonly<Record<string, readonly ComputedArchitecture[]>> = {},
): CompareRow[] {
  return models.map((m) => compareRow(m, archs[m.id] ?? []));
}
