/** Per-variant totals in the open-data shape: `architectures: [{ variant, input, params, mult_adds }]`. */
import { totals } from './count.ts';
import type { Graph } from './graph.ts';

export interface ArchitectureRecord {
  /** Display name of the variant (or of the network, for models such as MTCNN with several networks). */
  variant: string;
  /** Input shape [C, H, W]. */
  input: number[];
  /** Trained parameters (weights, biases, BN γ/β); BN running statistics are not included. */
  params: number;
  /** Multiply-accumulates of convolution and fully connected layers for one input. */
  mult_adds: number;
}

/** Each graph's computed totals in the open-data shape. */
export function architectureRecords(graphs: readonly Graph[]): ArchitectureRecord[] {
  return graphs.map((g) => {
    const t = totals(g);
    return { variant: g.variant.name, input: [...g.input], params: t.params, mult_adds: t.mult_adds };
  });
}
