// A small line diff for `--fix-dry-run`: hunks of removed (-) and added (+) lines with their line numbers.
// LCS on the changed middle of the file; falls back to one hunk when that middle is huge.
const MAX_CELLS = 4_000_000;

export function lineDiff(before: string, after: string, context = 1): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  if (!am.length && !bm.length) return '';
  type Op = { t: ' ' | '-' | '+'; s: string; ai: number; bi: number };
  const ops: Op[] = [];
  if (am.length * bm.length > MAX_CELLS) {
    am.forEach((s, i) => ops.push({ t: '-', s, ai: pre + i, bi: pre }));
    bm.forEach((s, i) => ops.push({ t: '+', s, ai: pre + am.length, bi: pre + i }));
  } else {
    // classic LCS table over the middle only
    const n = am.length, m = bm.length;
    const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = am[i] === bm[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    let i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && am[i] === bm[j]) { ops.push({ t: ' ', s: am[i], ai: pre + i, bi: pre + j }); i++; j++; }
      // removals before additions, as in unified diffs
      else if (i < n && (j === m || dp[i + 1][j] >= dp[i][j + 1])) { ops.push({ t: '-', s: am[i], ai: pre + i, bi: pre + j }); i++; }
      else { ops.push({ t: '+', s: bm[j], ai: pre + i, bi: pre + j }); j++; }
    }
  }
  // surrounding context lines
  const head = a.slice(Math.max(0, pre - context), pre).map((s, k, arr) => ({ t: ' ' as const, s, ai: pre - arr.length + k, bi: pre - arr.length + k }));
  const tailStart = a.length - suf;
  const tail = a.slice(tailStart, Math.min(a.length, tailStart + context)).map((s, k) => ({ t: ' ' as const, s, ai: tailStart + k, bi: b.length - suf + k }));
  const all = [...head, ...ops, ...tail];
  const out: string[] = [];
  let lastShown = -2;
  all.forEach((op, k) => {
    const near = all.slice(Math.max(0, k - context), k + context + 1).some((x) => x.t !== ' ');
    if (!near) return;
    if (k !== lastShown + 1) out.push(`@@ line ${op.ai + 1} @@`);
    out.push(`${op.t}${op.s}`);
    lastShown = k;
  });
  return out.join('\n');
}
