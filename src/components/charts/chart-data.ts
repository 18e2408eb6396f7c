/**
 * Build-time data for the chart pages: the notation engine's computed per-variant totals for every model
 * that has a layer specification (empty when none has), read from the same content folder as the build.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { getArchSpecs } from '../../lib/notation/load.ts';
import { architectureRecords } from '../../lib/notation/architectures.ts';
import type { ComputedArchitecture } from '../../lib/charts/figures.ts';

export function computedArchitectures(): Record<string, ComputedArchitecture[]> {
  const root = process.cwd();
  const dir = process.env.ATLAS_CONTENT || 'content';
  const contentDir = isAbsolute(dir) ? relative(root, resolve(dir)) : dir;
  const out: Record<string, ComputedArchitecture[]> = {};
  for (const spec of getArchSpecs(root, contentDir)) out[spec.model] = architectureRecords(spec.graphs);
  return out;
}
