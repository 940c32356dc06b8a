// "Did you mean" suggestions: a small optimal-string-alignment distance, bounded so long inputs stay cheap.

/** Edit distance with adjacent transpositions; gives up (returns max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > 64 || b.length > 64) return a === b ? 0 : max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** Folds case and `-`/`_` so `rateLimit`, `rate-limit` and `RATE_LIMIT` all match `rate_limit`. */
const fold = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');

/** The closest candidate, if it is close enough to be a likely typo; undefined when none or a tie. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const folded = fold(input);
  const exactFold = candidates.filter((c) => c !== input && fold(c) === folded);
  if (exactFold.length === 1) return exactFold[0];
  const limit = input.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestD = limit + 1;
  let tie = false;
  for (const c of candidates) {
    if (c === input) return undefined;
    const d = Math.min(editDistance(input, c, limit), editDistance(folded, fold(c), limit));
    if (d < bestD) { best = c; bestD = d; tie = false; }
    else if (d === bestD) tie = true;
  }
  return best && !tie ? best : undefined;
}
