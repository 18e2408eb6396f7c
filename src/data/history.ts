/**
 * Build-time entry dates from the repository's history (one `git log` for all entries). A copy of the site's
 * sources without git, or a content folder outside the repository, yields no dates: pages then omit them
 * instead of guessing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentPathOf } from '../lib/content/content-dir.ts';
import { entryDatesFromLog, type EntryDates } from '../lib/atlas/history.ts';

let cached: Map<string, EntryDates> | undefined;

export function entryDates(): Map<string, EntryDates> {
  if (cached) return cached;
  const models = join(contentPathOf(process.cwd()), 'models');
  const log = existsSync(models)
    ? spawnSync('git', ['log', '--format=%x01%cs', '--name-only', '--relative', '--', '.'], {
        cwd: models,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      })
    : undefined;
  cached = log && log.status === 0 ? entryDatesFromLog(log.stdout) : new Map();
  return cached;
}
