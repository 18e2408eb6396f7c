/**
 * Backbones by reference: `backbone: { model: resnet, variant: resnet-50, until: conv5_x }` expands another
 * model's network (its layers up to and including the item named by `until`, a dotted path into blocks:
 * `conv5.conv3`) into this one, with that spec's blocks, variables and defaults, and any `vars` and `defaults`
 * given here over them (FrozenBatchNorm, dilated stages). The backbone's named items can then be read by name
 * (`from: conv4_x`). Nothing is copied, so the backbone stays as its own spec defines it.
 */
import {
  isMapping,
  MAX_DEPTH,
  mergeDefaults,
  type Builder,
  type Call,
  type Env,
  type Expander,
  type Step,
} from './builder.ts';
import { SpecError } from './errors.ts';
import { formatPath } from '../issues.ts';
import type { Value } from './expr.ts';
import type { GroupStruct } from './graph.ts';
import type { Defaults } from './spec-schema.ts';
import { mainInput, pickNetwork, pickVariant, variablesOf } from './variants.ts';

const KEYS = ['model', 'network', 'variant', 'until', 'vars', 'defaults'];

export const backbone: Expander = (b: Builder, { item, env, cur }: Call): Step => {
  const v = { ...b.mapping(env, item.value, 'backbone', KEYS) };
  // Which model, network, variant and item may come from variables (one spec, a ResNet-50 and a ResNet-101).
  for (const key of ['model', 'network', 'variant', 'until'] as const)
    if (v[key] !== undefined) v[key] = b.evalIn(env, cur, v[key], ['backbone', key]);
  if (typeof v.model !== 'string') b.fail(env, ['backbone', 'model'], 'backbone needs model: the id of another model');
  const spec = b.specOf(v.model);
  if (!spec)
    b.fail(env, ['backbone', 'model'], `no layer spec for model "${v.model}" (content/models/${v.model}/arch.yaml)`);
  if (env.depth >= MAX_DEPTH) b.fail(env, ['backbone'], `backbones nest more than ${MAX_DEPTH} deep`);
  let picked;
  try {
    const [net, netIndex] = pickNetwork(spec, v.network as string | undefined);
    picked = { net, netIndex, variant: pickVariant(net, netIndex, v.variant as string | undefined) };
  } catch (error) {
    if (error instanceof SpecError) b.fail(env, ['backbone'], `in ${v.model}'s spec: ${error.message}`);
    throw error;
  }
  const { net, netIndex, variant } = picked;
  const input = mainInput(net, variant).shape;
  if (input[0] !== cur.shape[0] || input.length !== cur.shape.length)
    b.fail(
      env,
      ['backbone'],
      `${v.model} takes [${input.join(', ')}]-shaped input, but it is given [${cur.shape.join(', ')}]`,
    );
  if (v.vars !== undefined && !isMapping(v.vars)) b.fail(env, ['backbone', 'vars'], 'vars is a mapping');
  if (v.defaults !== undefined && !isMapping(v.defaults))
    b.fail(env, ['backbone', 'defaults'], 'defaults is a mapping');
  if (v.until !== undefined && typeof v.until !== 'string')
    b.fail(env, ['backbone', 'until'], 'until names the last item to expand (conv5_x, or conv5.conv3 inside a block)');
  const overrides: Record<string, Value> = {};
  for (const [key, value] of Object.entries(v.vars ?? {}))
    overrides[key] = b.evalIn(env, cur, value, ['backbone', 'vars', key]) as Value;
  const vars = { ...variablesOf(net, variant), ...overrides };
  const name = env.names.next('backbone', item.meta.name);
  const label = `in ${v.model}'s spec, ${variant?.id ?? net.id}`;
  const bodyEnv: Env = {
    ctx: {
      spec,
      rootVars: vars,
      defaults: mergeDefaults(spec.defaults, net.defaults, v.defaults as Defaults | undefined),
      anchor: env.ctx.anchor ?? { path: env.path, label },
    },
    vars,
    names: env.names.child(name),
    path: ['networks', netIndex, 'layers'],
    via: [],
    depth: env.depth + 1,
    tensors: new Map(),
    history: [cur],
    stop: v.until === undefined ? undefined : v.until.split('.'),
  };
  const step = b.list(net.layers, bodyEnv, cur);
  if (v.until !== undefined && !step.stopped) {
    const named = [...bodyEnv.tensors.keys()].join(', ');
    b.fail(env, ['backbone', 'until'], `${v.model}'s network ${net.id} has no item ${v.until} (named items: ${named})`);
  }
  for (const [key, tensor] of bodyEnv.tensors) env.tensors.set(key, tensor);
  const struct: GroupStruct = {
    kind: 'group',
    id: b.structId(),
    name,
    path: formatPath(env.path),
    items: step.structs,
    reference: {
      model: v.model,
      network: net.id,
      variant: variant?.id ?? net.id,
      name: variant?.name ?? net.name,
      ...(v.until === undefined ? {} : { until: v.until }),
    },
  };
  return { structs: [struct], cur: step.cur };
};
