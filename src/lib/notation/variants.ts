/**
 * Picking a network and a variant of a spec, and the variables they give: shared by the graph builder and by
 * backbones taken from another model's spec.
 */
import type { Value } from './expr.ts';
import { SpecError } from './errors.ts';
import type { ArchSpec, InputObject, NetworkSpec, VariantSpec } from './spec-schema.ts';

export function pickNetwork(spec: ArchSpec, id?: string): [NetworkSpec, number] {
  const index = id === undefined ? 0 : spec.networks.findIndex((n) => n.id === id);
  if (index < 0)
    throw new SpecError(['networks'], `no network "${id}" (networks: ${spec.networks.map((n) => n.id).join(', ')})`);
  return [spec.networks[index]!, index];
}

/** The variant asked for (default: the first); undefined for a network without variants, which is its own. */
export function pickVariant(net: NetworkSpec, netIndex: number, id?: string): VariantSpec | undefined {
  if (!net.variants) {
    if (id !== undefined && id !== net.id)
      throw new SpecError(['networks', netIndex], `network ${net.id} has no variants; "${id}" does not exist`);
    return undefined;
  }
  const variant = id === undefined ? net.variants[0] : net.variants.find((v) => v.id === id);
  if (!variant) {
    throw new SpecError(
      ['networks', netIndex, 'variants'],
      `no variant "${id}" (variants: ${net.variants.map((v) => v.id).join(', ')})`,
    );
  }
  return variant;
}

/** The network's variables with the variant's over them. */
export function variablesOf(net: NetworkSpec, variant: VariantSpec | undefined): Record<string, Value> {
  return { ...(net.vars as Record<string, Value>), ...((variant?.vars ?? {}) as Record<string, Value>) };
}

/** The main input of a variant (its own, or the network's) in the long form. */
export function mainInput(net: NetworkSpec, variant: VariantSpec | undefined): InputObject {
  const input = variant?.input ?? net.input;
  return Array.isArray(input) ? { shape: input, kind: 'data' } : input;
}
