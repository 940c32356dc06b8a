// The editor's incremental parse (ParseCache) must give exactly what a fresh parse gives: hundreds
// of seeded random edits on the benchmark configs and the examples, each checked both ways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { isCollection, isPair, isScalar, type Document } from 'yaml';
import { checkText, type CheckOptions } from '../../server/src/engine/check.js';
import { ParseCache, parseYamlCached } from '../../server/src/core/incrementalParse.js';
import { parseYaml } from '../../server/src/core/yamlSource.js';
import { genConfig } from '../../scripts/bench/genConfig.js';
import { generateConfig } from '../../scripts/bench-lsp-config.js';

// yaml's toJS warns (on stderr) about flow-map keys that random edits create; the engine ignores it too
process.removeAllListeners('warning');

/** SG_FUZZ_SEEDS=n runs every case with n seeds (1 in the suite; more when changing the parser). */
const SEEDS = Number(process.env.SG_FUZZ_SEEDS ?? 1);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const example = (rel: string) => fs.readFileSync(path.join(ROOT, 'examples', rel), 'utf8');

/** Comments, blank lines, block scalars, compact sequences, quoting, flow and a trailing comment. */
const HANDWRITTEN = `# Payments task: staging only
# owner: payments-team

name: payments-webhooks
version: 1
network:
  allowlist:
  - api.staging.example.com   # webhook replay
  - "hooks.stripe.com"
  - 'api.paypal.com'
  # - api.prod.example.com
  allowlist_additions: [registry.npmjs.org, github.com]
  methods: [GET, POST]

# credentials below are vault refs
credentials:
  STRIPE_KEY:
    source: vault
    ref: secret/codex/stripe
    scope: task
    permissions: read-only
    hosts:
      - api.stripe.com
    rate_limit: {requests: 60, per: minute}
  LIVE_TOKEN: sk_live_51HfakeFAKEfake000000000000
notes: |
  multi-line notes
  with: a colon

env:
  API_BASE_URL: https://api.stripe.com/v1
  OTHER: "https://api.staging.example.com"
max_parallel_tasks: 4
# trailing comment
`;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [' ', '  ', '\n', '#', ':', '-', '- ', 'a', 'x', '"', "'", '&a ', '*a', '\t', '[', '{', '|', '---\n', '%', '\r', '0', 'true',
  'network:\n', 'credentials:\n', 'env:\n', 'extra:\n', '  - api.stripe.com\n', '    - api.paypal.com  # why\n', '# note\n', '\n\n', 'key: value\n', '  nested: 1\n'];

/** One random edit: an insertion, a deletion, a duplicated or removed line — biased to line starts. */
function randomEdit(text: string, rnd: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = rnd() < 0.5 ? pick(lineStarts) + Math.floor(rnd() * 3) : Math.floor(rnd() * (text.length + 1));
  const pos = Math.min(at, text.length);
  const r = rnd();
  // typing: a letter or a deleted character inside a line, what most edits are
  if (r < 0.4) {
    const inLine = Math.min(text.length, pick(lineStarts) + 4 + Math.floor(rnd() * 20));
    return rnd() < 0.5 ? text.slice(0, inLine) + pick(['a', 'b', '.', '-', '_']) + text.slice(inLine) : text.slice(0, inLine) + text.slice(inLine + 1);
  }
  if (r < 0.65) return text.slice(0, pos) + pick(SNIPPETS) + text.slice(pos);
  if (r < 0.82) return text.slice(0, pos) + text.slice(Math.min(text.length, pos + 1 + Math.floor(rnd() * 6)));
  const line = Math.floor(rnd() * lineStarts.length);
  const start = lineStarts[line];
  const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  if (r < 0.92) return text.slice(0, pos) + text.slice(start, end) + text.slice(pos); // copy a line elsewhere
  return text.slice(0, start) + text.slice(end); // delete a line
}

/** Everything rules can read from the YAML tree: node kinds, ranges, values, styles, comments, tags. */
function shape(docs: Document.Parsed[]): unknown {
  const node = (n: unknown): unknown => {
    if (n === null || n === undefined) return n;
    if (isPair(n)) return { pair: [node(n.key), node(n.value)] };
    const o = n as { range?: number[]; comment?: string; commentBefore?: string; spaceBefore?: boolean; tag?: string; anchor?: string };
    const common = { range: o.range, comment: o.comment, commentBefore: o.commentBefore, spaceBefore: o.spaceBefore, tag: o.tag, anchor: o.anchor };
    if (isScalar(n)) return { ...common, scalar: n.value, type: n.type };
    if (isCollection(n)) return { ...common, kind: n.constructor.name, flow: n.flow, items: n.items.map(node) };
    return { ...common, other: String(n) };
  };
  return docs.map((d) => ({
    range: d.range, commentBefore: d.commentBefore, errors: d.errors.length, warnings: d.warnings.length,
    directives: d.directives, contents: node(d.contents), js: safeJs(d),
  }));
}

function safeJs(d: Document.Parsed): unknown {
  try {
    return d.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

/**
 * What the incremental parse may legitimately differ in: comment lines between top-level keys
 * belong to the next key (`commentBefore`, `spaceBefore`) in a full parse and to the previous
 * block's document comment when blocks are parsed alone. No rule reads either.
 */
function withoutTopLevelComments(s: unknown): unknown {
  const docs = structuredClone(s) as { contents?: { items?: { pair: [{ commentBefore?: string; spaceBefore?: boolean }, unknown] }[] } }[];
  for (const d of docs) {
    for (const [i, item] of (d.contents?.items ?? []).entries()) {
      if (i === 0 || !item?.pair?.[0]) continue;
      delete item.pair[0].commentBefore;
      delete item.pair[0].spaceBefore;
    }
  }
  return docs;
}

function run(name: string, base: string, edits: number, seed: number): ParseCache {
  const rnd = mulberry32(seed);
  const cache = new ParseCache();
  const astCache = new ParseCache();
  const opts: CheckOptions = { path: '/ws/bench.sandbox.yaml', kind: 'task' };
  let text = base;
  for (let i = 0; i < edits; i++) {
    const prev = text;
    text = i % 15 === 0 ? base : randomEdit(text, rnd);
    const fresh = checkText(text, opts);
    const inc = checkText(text, { ...opts, parseCache: cache });
    assert.deepStrictEqual(inc, fresh, `${name}: check after edit ${i} differs\n--- text ---\n${text}`);
    const full = parseYaml(text);
    const cached = parseYamlCached(text, astCache);
    assert.deepStrictEqual(cached.problems, full.problems, `${name}: problems after edit ${i}`);
    assert.deepStrictEqual(withoutTopLevelComments(shape(cached.docs)), withoutTopLevelComments(shape(full.docs)), `${name}: tree after edit ${i} differs\n--- text ---\n${text}`);
    // broken edits are undone now and then, as a user would
    if (rnd() < 0.7 && fresh.findings.some((f) => f.ruleId === 'SG001')) text = prev;
  }
  return cache;
}

const cases: [string, string, number][] = [
  ['bench-lsp 50 lines', generateConfig(50), 150],
  ['bench 50 lines', genConfig(50), 150],
  ['bench-lsp 150 lines', generateConfig(150), 250],
  ['bench 150 lines', genConfig(150), 250],
  ['handwritten x3', HANDWRITTEN + HANDWRITTEN.replace(/^(\w+):/gm, 'a_$1:') + HANDWRITTEN.replace(/^(\w+):/gm, 'b_$1:'), 250],
  ['examples', example('bad/hosts.sandbox.yaml') + example('bad/credentials.sandbox.yaml').replace(/^(\w+):/gm, 'c_$1:') + example('good/checkout-webhook-tests.sandbox.yaml').replace(/^(\w+):/gm, 'g_$1:'), 200],
  ['bench-lsp 1,000 lines', generateConfig(1000), 60],
];

for (const [name, base, edits] of cases) {
  test(`incremental parse = fresh parse after ${edits} random edits: ${name}`, () => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const cache = run(`${name} (seed ${seed})`, base, edits, 0x5eed + base.length + seed * 7919);
      // the cache must actually be used, or this test proves nothing
      assert.ok(cache.stats.incremental > edits / 6, `${name}: only ${cache.stats.incremental} of ${edits} checks were incremental`);
    }
  });
}

test('several documents, anchors, duplicate top-level keys, tabs and flow at column 0 take the full parse', () => {
  for (const text of ['a: 1\n---\nb: 2\n', 'a: &x 1\nb: *x\n', 'a: 1\nb: 2\na: 3\n', 'a: 1\n\tb: 2\n', '{a: 1}\n', 'a: 1\n"b": 2\n', '- a\n- b\n', '%YAML 1.2\n---\na: 1\n']) {
    const cache = new ParseCache();
    assert.deepStrictEqual(checkText(text, { parseCache: cache }), checkText(text));
    assert.equal(cache.stats.incremental, 0, JSON.stringify(text));
  }
  const cache = new ParseCache();
  checkText('a: 1\nb: 2\n', { parseCache: cache });
  checkText('a: 1\nb: 3\n', { parseCache: cache });
  assert.deepEqual(cache.stats, { incremental: 2, full: 0 });
});
