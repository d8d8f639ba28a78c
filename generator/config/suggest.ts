// "Did you mean": the closest valid name to a mistyped one, for config keys and
// command-line flags.

/** Edit distance (insert, delete, substitute, swap two neighbours); stops counting past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The valid name closest to `name`, if one is close enough to be a typo (at
 * most a third of its length apart, and at least one edit allowed), or one that
 * differs only in case. Ties go to the earlier candidate.
 */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  // Names from untrusted files may be long: compare a bounded prefix only.
  const text = name.slice(0, 100);
  const limit = Math.max(1, Math.floor(text.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = candidate.toLowerCase() === text.toLowerCase() ? 0 : editDistance(text, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean X?)`, or nothing when no candidate is close. */
export function didYouMean(name: string, candidates: readonly string[], quote: (s: string) => string): string {
  const match = closest(name, candidates);
  return match === undefined ? "" : ` (did you mean ${quote(match)}?)`;
}
