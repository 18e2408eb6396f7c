/** Reads content/map.yaml (optional: without it every line is one trunk, in direction order). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EMPTY_HINTS, mapSchema, type MapHints } from './map-schema.ts';
import { formatPath, IssuesError } from '../issues.ts';

/** Parses the hints file in `contentDir`; throws with the file and field on any problem. */
export function loadMapHints(contentDir: string): MapHints {
  const file = join(contentDir, 'map.yaml');
  if (!existsSync(file)) return EMPTY_HINTS;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const result = mapSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({
      file,
      field: formatPath(i.path) || undefined,
      message: i.message,
    }));
    throw new IssuesError('Invalid map hints', issues);
  }
  return result.data;
}
