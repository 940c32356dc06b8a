// ReDoS check: every regular expression the checker runs on file contents (rules, hosts, secrets and the
// catalog's secret patterns, the file-kind models with the AGENTS.md recogniser, schema, kinds and engine) is proven free of
// super-linear backtracking by recheck (its native agent from the npm package recheck-linux-x64 where it exists,
// else its pure-JS worker: nothing is downloaded at test time),
// or is listed below with the reason it is acceptable. A new regex that recheck cannot prove safe fails here:
// rewrite it (behaviour pinned by a test), or justify it in one line next to it and add it to ACCEPTED.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { check } from 'recheck';
import { builtRegexes, sourceFiles, staticRegexes, type FoundRegex } from './collect.js';
import { ACCEPTED } from './accepted.js';

const key = (r: { source: string; flags: string }) => `/${r.source}/${r.flags.replace(/[gdy]/g, '')}`;
/** Without any repetition a regex does bounded work per start position: linear by construction. */
const repeats = (source: string) => /[*+?{]/.test(source.replace(/\\./g, ''));
/**
 * Only bounded repetition (`?`, `{m,n}`, outside character classes): at most a constant amount of work per
 * start position, so linear by construction. recheck's verdict on such patterns (most catalog patterns,
 * e.g. `xox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48}`) flipped between runs, which made this test flaky.
 */
const unbounded = (source: string) => /[*+]|\{\d+,\}/.test(source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, ''));

async function collect(): Promise<Map<string, FoundRegex[]>> {
  const { literals, dynamicSites } = staticRegexes();
  const built = await builtRegexes(async () => {
    for (const f of sourceFiles()) await import(path.resolve(f));
    // run the checker once per file kind so lazily built regexes (catalog patterns, suppressions) exist
    const { checkText } = await import('../../server/src/engine/check.js');
    const { allRuleMetas } = await import('../../server/src/rules/meta/index.js');
    const paths = { task: 't.sandbox.yaml', agents: 'AGENTS.md', policy: '.sandbox-guard.yaml', claude: '.claude/settings.json', srt: '.srt-settings.json', copilot: '.github/workflows/copilot-setup-steps.yml', codex: '.codex/config.toml' } as const;
    for (const r of allRuleMetas()) for (const t of [r.docs.bad, r.docs.good]) if (t) checkText(t, { path: paths[r.kind] });
  });
  const exercised = new Set(built.map((b) => b.where));
  assert.deepEqual(dynamicSites.filter((s) => !exercised.has(s)), [], 'every `new RegExp` site builds its regex while the modules load or a file is checked');
  const all = new Map<string, FoundRegex[]>();
  for (const r of [...literals, ...built]) all.set(key(r), [...(all.get(key(r)) ?? []), r]);
  return all;
}

test('every regex on file contents is proven safe by recheck, or accepted with a reason', async () => {
  const all = await collect();
  assert.ok(all.size > 150, `collected only ${all.size} regexes`);
  const todo = [...all].filter(([k, [r]]) => repeats(r.source) && unbounded(r.source) && !ACCEPTED[k]);
  // two at a time: the agent checks in parallel, but more than the cores only makes each check time out
  const results: Awaited<ReturnType<typeof check>>[] = [];
  let next = 0;
  const lane = async () => {
    while (next < todo.length) {
      const i = next++;
      const [, [r]] = todo[i];
      // a fixed seed: the fuzzer gives the same answer on every run (it found different ones per run before);
      // a generous time limit: a loaded 2-core machine must not turn 'safe' into 'unknown'
      const run = () => check(r.source, r.flags.replace(/[gdy]/g, ''), { timeout: 60_000, randomSeed: 20261204 });
      results[i] = await run();
      // recheck confirms a fuzzed attack by timing it, so a loaded machine can turn a slow-but-safe match into
      // 'vulnerable' (seen for the PEM pattern): a verdict that is not 'safe' must be given twice to count
      if (results[i].status !== 'safe') {
        const again = await run();
        if (again.status === 'safe') results[i] = again;
      }
    }
  };
  await Promise.all([lane(), lane()]);
  const unproven = todo.flatMap(([k, [r]], i) => {
    const res = results[i];
    return res.status === 'safe' ? [] : [`${r.where} ${k} — ${res.status}${res.status === 'vulnerable' ? ` (${res.complexity.type})` : ''}`];
  });
  assert.deepEqual(unproven, [], 'regexes recheck cannot prove safe: rewrite them, or justify each next to it and in accepted.ts');
  // the accepted list names only regexes that still exist
  assert.deepEqual(Object.keys(ACCEPTED).filter((k) => !all.has(k)), [], 'stale entries in accepted.ts');
});
