/** The content folder relative to the project root: `content`, or ATLAS_CONTENT (tests build fixture sites). */
import { isAbsolute, relative, resolve } from 'node:path';

export function contentDirOf(projectRoot: string, env: string | undefined = process.env.ATLAS_CONTENT): string {
  if (!env) return 'content';
  return isAbsolute(env) ? relative(projectRoot, resolve(env)) : env.replace(/\/$/, '');
}
