/**
 * Checks a raw (parsed YAML) spec: the schema, then every variant of every network expanded, so every problem
 * is reported with the file and the path inside the spec.
 */
import type { z } from 'astro/zod';
import { toIssue } from './errors.ts';
import { formatPath, type Issue } from '../issues.ts';
import { buildGraph, listVariants, type Graph } from './graph.ts';
import { archSpecSchema, type ArchSpec } from './spec-schema.ts';

export interface CheckedSpec {
  spec?: ArchSpec;
  graphs: Graph[];
  issues: Issue[];
}

function zodMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const field = issue.path[issue.path.length - 1];
    return field === 'input' ? 'missing input shape: give input: [C, H, W]' : `missing ${String(field ?? 'value')}`;
  }
  return issue.message;
}

/** Parses and expands a spec; `file` names it in messages. Never throws for a bad spec. */
export function checkSpec(raw: unknown, file: string, expectedModel?: string): CheckedSpec {
  const parsed = archSpecSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      graphs: [],
      issues: parsed.error.issues.map((i) => ({
        file,
        field: formatPath(i.path) || undefined,
        message: zodMessage(i),
      })),
    };
  }
  const spec = parsed.data;
  const issues: Issue[] = [];
  if (expectedModel !== undefined && spec.model !== expectedModel) {
    issues.push({ file, field: 'model', message: `model is "${spec.model}" but the folder is ${expectedModel}` });
  }
  const seen = new Set<string>();
  spec.networks.forEach((net, i) => {
    for (const [j, id] of [[-1, net.id] as const, ...(net.variants ?? []).map((v, j) => [j, v.id] as const)]) {
      if (j === -1 && net.variants) continue;
      if (seen.has(id))
        issues.push({
          file,
          field: j === -1 ? `networks[${i}].id` : `networks[${i}].variants[${j}].id`,
          message: `duplicate variant id "${id}"`,
        });
      seen.add(id);
    }
  });
  const graphs: Graph[] = [];
  for (const ref of listVariants(spec)) {
    try {
      graphs.push(buildGraph(spec, { network: ref.network, variant: ref.variant }));
    } catch (error) {
      const issue = toIssue(error, file);
      if (!issues.some((x) => x.field === issue.field && x.message === issue.message)) issues.push(issue);
    }
  }
  return { spec, graphs, issues };
}
