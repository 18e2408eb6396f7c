/**
 * Who introduced and who uses each method, computed and never typed twice: the layer specs show which models
 * use a layer or block (every variant of every network is searched), and a model's facts declare the methods
 * its paper introduced and the ones no spec can show (losses, training methods, models without a spec). A
 * method the atlas has no entry for names its introducing paper in its own file instead. A spec speaks through
 * the variant its page draws.
 */
import type { CitedPaper, MethodFacts, ModelFacts } from '../content/schema.ts';
import type { Graph } from '../notation/graph.ts';
import type { ArchSpec } from '../notation/spec-schema.ts';
import { occurrences, type Occurrence } from './match.ts';

/** A spec as the usage needs it: its model, and one graph per variant in spec order. */
export interface SpecGraphs {
  model: string;
  spec: ArchSpec;
  graphs: Graph[];
}

export interface MethodUse {
  model: string;
  /** The model's paper introduced the method. */
  introduces: boolean;
  /** The model's layer spec shows it. */
  spec: boolean;
  /** The model's facts declare that it uses it. */
  declared: boolean;
}

export interface MethodUsage {
  method: MethodFacts;
  /** The model that introduced it, or the paper (when the atlas has no entry for it). */
  introducedBy: { model: string } | { paper: CitedPaper } | undefined;
  /** Every model that introduces or uses it, in time order. */
  uses: MethodUse[];
}

/**
 * The graphs that speak for a model: each network's featured variant, the one its page draws. Other variants
 * are often re-implementations (torchvision's GoogLeNet adds batch normalisation the paper did not have), so
 * they do not make a model a user of a method.
 */
export function featuredGraphs(spec: SpecGraphs): Graph[] {
  return spec.spec.networks.flatMap((network) => {
    const own = spec.graphs.filter((g) => g.network.id === network.id);
    const featured = own.find((g) => g.variant.id === (network.featured ?? own[0]?.variant.id));
    return featured ? [featured] : [];
  });
}

/** Per model and method id, where the model's featured networks show the method, in spec order. */
export function specOccurrences(
  specs: readonly SpecGraphs[],
  methods: readonly MethodFacts[],
): Map<string, Map<string, Occurrence[]>> {
  const out = new Map<string, Map<string, Occurrence[]>>();
  for (const spec of specs) {
    const shown = new Map<string, Occurrence[]>();
    const graphs = featuredGraphs(spec);
    for (const method of methods) {
      const matchers = method.notation?.realised_by ?? [];
      const found = matchers.length === 0 ? [] : graphs.flatMap((g) => occurrences(g, matchers));
      if (found.length > 0) shown.set(method.id, found);
    }
    out.set(spec.model, shown);
  }
  return out;
}

const byTime = (a: ModelFacts, b: ModelFacts) =>
  a.year * 12 + a.month - (b.year * 12 + b.month) || a.name.localeCompare(b.name);

/** Every method's introducer and users, from the specs' occurrences and the models' declarations. */
export function methodUsages(
  methods: readonly MethodFacts[],
  models: readonly ModelFacts[],
  shown: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
): MethodUsage[] {
  const ordered = [...models].sort(byTime);
  return methods.map((method) => {
    const uses: MethodUse[] = ordered.flatMap((m) => {
      const introduces = m.methods?.introduces.includes(method.id) ?? false;
      const declared = m.methods?.uses.includes(method.id) ?? false;
      const spec = shown.get(m.id)?.has(method.id) ?? false;
      return introduces || declared || spec ? [{ model: m.id, introduces, spec, declared }] : [];
    });
    const introducer = uses.find((u) => u.introduces);
    return {
      method,
      introducedBy: introducer ? { model: introducer.model } : method.paper ? { paper: method.paper } : undefined,
      uses,
    };
  });
}

export interface ModelMethod {
  method: string;
  introduces: boolean;
}

/**
 * The methods each model introduces or uses, introduced ones first, then by the methods' order: one pass over
 * the usages for the whole atlas (every model page and the search index ask for every model).
 */
export function methodsByModel(usages: readonly MethodUsage[]): ReadonlyMap<string, ModelMethod[]> {
  const byModel = new Map<string, ModelMethod[]>();
  for (const u of usages)
    for (const use of u.uses) {
      const list = byModel.get(use.model) ?? [];
      if (list.some((m) => m.method === u.method.id)) continue;
      list.push({ method: u.method.id, introduces: use.introduces });
      byModel.set(use.model, list);
    }
  for (const list of byModel.values()) list.sort((a, b) => Number(b.introduces) - Number(a.introduces));
  return byModel;
}

/** The methods one model introduces or uses, introduced ones first, then by the methods' order. */
export function methodsOfModel(model: string, usages: readonly MethodUsage[]): ModelMethod[] {
  return methodsByModel(usages).get(model) ?? [];
}
