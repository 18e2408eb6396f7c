/** Build-time access to the layer specs of the content folder being built (the real one or a fixture). */
import { contentDirOf } from '../lib/content/content-dir.ts';
import { getArchSpec, getArchSpecs, type LoadedSpec } from '../lib/notation/load.ts';

const root = process.cwd();

export function allArchSpecs(): LoadedSpec[] {
  return getArchSpecs(root, contentDirOf(root));
}

export function archSpecOf(modelId: string): LoadedSpec | undefined {
  return getArchSpec(root, modelId, contentDirOf(root));
}
