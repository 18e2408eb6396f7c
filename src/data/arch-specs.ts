/**
 * Build-time access to the layer specs of the content folder being built (the real one or a fixture), read
 * and expanded once per build, and the per-variant totals computed from them (charts, open data).
 */
import { contentDirOf } from '../lib/content/content-dir.ts';
import { getArchSpec, getArchSpecs, type LoadedSpec } from '../lib/notation/load.ts';
import { architectureRecords, type ArchitectureRecord } from '../lib/notation/architectures.ts';

const root = process.cwd();

/** Every layer spec of the content folder being built, checked and expanded (read once per build). */
export function allArchSpecs(): LoadedSpec[] {
  return getArchSpecs(root, contentDirOf(root));
}

/** One model's layer spec, or undefined when it has none. */
export function archSpecOf(modelId: string): LoadedSpec | undefined {
  return getArchSpec(root, modelId, contentDirOf(root));
}

/** Per model id, every variant's computed totals (empty when no model has a layer spec). */
export function allArchitectures(): Record<string, ArchitectureRecord[]> {
  return Object.fromEntries(allArchSpecs().map((s) => [s.model, architectureRecords(s.graphs)]));
}
