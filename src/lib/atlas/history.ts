/**
 * When each entry was added and last changed, read from `git log` output over the models folder. Pure: the
 * git call lives in src/data/history.ts. The log lists newest commits first, so an entry's first appearance
 * in it is its last change and its last appearance is the commit that added it.
 */

export interface EntryDates {
  /** YYYY-MM-DD of the commit that added the entry's folder. */
  added: string;
  /** YYYY-MM-DD of the latest commit that changed any file in it. */
  updated: string;
}

/** The separator `git log --format=%x01%cs --name-only` puts before each commit's date. */
export const COMMIT_MARK = '\u0001';

/** Dates per entry id from `git log --format=%x01%cs --name-only --relative` run in the models folder. */
export function entryDatesFromLog(log: string): Map<string, EntryDates> {
  const dates = new Map<string, EntryDates>();
  let date = '';
  for (const raw of log.split('\n')) {
    const line = raw.trim();
    if (line.startsWith(COMMIT_MARK)) {
      date = line.slice(1);
      continue;
    }
    const id = line.split('/')[0];
    if (!line.includes('/') || !id || !date) continue;
    const known = dates.get(id);
    if (known) known.added = date;
    else dates.set(id, { added: date, updated: date });
  }
  return dates;
}
