/**
 * Edit distance for typo tolerance: insertions, deletions, substitutions and swaps of two neighbouring
 * characters each cost one (optimal string alignment), so "resnt", "rsenet" and "resnet" are all one edit apart.
 * Bounded: the work stops once every alignment costs more than `max`.
 */

/** How many edits a word of this length may carry and still count as meant: none for short words, whose
 * one-edit neighbours are other words ("v1"/"v2", "he"/"ho"), one up to six characters, two beyond. */
export function editsAllowed(word: string): number {
  const length = [...word].length;
  if (length <= 3 || /\d/.test(word)) return 0;
  return length <= 6 ? 1 : 2;
}

/** Edits between `a` and `b`, or `max + 1` when there are more than `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length]!, max + 1);
}
