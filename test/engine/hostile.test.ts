// Small hostile inputs (issue 8 §3): each shape at the size the red team reported is checked without
// an exception, its other findings are still reported, and a part checked in a degraded way says so
// (SG410). No timings here: growth is asserted on work the user sees (fix edits, output size) and on
// the bound the Markdown parser's input obeys; `npm run bench` times the same shapes at 1×/10×/100×.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { checkText } from '../../server/src/engine/check.js';
import { parseYaml } from '../../server/src/core/yamlSource.js';
import { boundMarkdown, MAX_INLINE_MARKERS, MAX_PREFIX } from '../../server/src/models/agents/bound.js';
import { HOSTILE_SHAPES } from '../../scripts/bench/hostileShapes.js';

const shape = (prefix: string) => HOSTILE_SHAPES.find((s) => s.name.startsWith(prefix))!;
const run = (prefix: string, scale: number) => {
  const s = shape(prefix);
  return checkText(s.text(scale), { path: s.path, kind: s.kind }).findings;
};
const ids = (fs: { ruleId: string }[]) => fs.map((f) => f.ruleId);

test('5,000 identical allowlist entries: 4,999 SG106 findings whose fixes hold 2 × 5,000 edits at most (not 5,000²)', () => {
  const fs = run('identical', 100);
  assert.equal(fs.filter((f) => f.ruleId === 'SG106').length, 4999);
  const edits = fs.reduce((n, f) => n + f.fixes.reduce((m, x) => m + x.edits.length, 0), 0);
  assert.ok(edits <= 2 * 5000, `${edits} edits`);
  // the first duplicate's fix still removes every copy
  const first = fs.find((f) => f.ruleId === 'SG106')!;
  assert.equal(first.fixes[0].edits.length, 4999);
  assert.match(first.fixes[0].title, /Remove the 4999 duplicates of api\.staging\.acme-payments\.com/);
});

test('32,000 mapping keys with one duplicate: the duplicate is reported on its key', () => {
  const s = shape('mapping');
  const text = s.text(100) + '  K31999: again\n';
  const fs = checkText(text, { path: s.path }).findings;
  const dup = fs.filter((f) => f.ruleId === 'SG001');
  assert.equal(dup.length, 1, JSON.stringify(dup.map((f) => f.message)));
  assert.equal(text.slice(dup[0].span.start, dup[0].span.end), 'K31999');
});

test('env URLs: every production URL is still reported (9,000 here; 45,000 in just under 2 MB in the bench)', () => {
  assert.ok(shape('env URLs').text(100).length < 2 * 1024 * 1024);
  assert.equal(run('env URLs', 20).filter((f) => f.ruleId === 'SG302').length, 9000);
});

for (const [prefix, scale, why] of [['`*a`', 100, 'inline'], ['`[`', 100, 'inline'], ['link references', 100, 'inline'], ['nested list', 100, 'nesting']] as const) {
  test(`AGENTS.md ${shape(prefix).name} × ${scale}: checked, with an SG410 note on the degraded part`, () => {
    const fs = run(prefix, scale);
    const notes = fs.filter((f) => f.ruleId === 'SG410');
    assert.equal(notes.length, 1, JSON.stringify(ids(fs)));
    assert.equal(notes[0].severity, 'info');
    assert.match(notes[0].message, why === 'inline' ? /emphasis, link or code markers \(more than 2,000\)/ : /nest deeper than 48 columns/);
  });
}

test('a blockquote nested 5,000 deep hides no other finding: the production host and the missing rules are still reported', () => {
  const fs = run('nested blockquote', 100);
  // "Call https://api.paypal.com/v1 from tasks." names a catalog production host in an imperative: SG407 and SG408 (issue 11)
  assert.deepEqual([...new Set(ids(fs))].sort(), ['SG402', 'SG403', 'SG404', 'SG405', 'SG407', 'SG408', 'SG410']);
  assert.match(fs.find((f) => f.ruleId === 'SG410')!.message, /^Line 5: lists or quotes nest deeper/);
});

test('the same findings with and without a hostile line appended (one line never hides the others)', () => {
  const base = '# Rules\n\n- Never call production APIs.\n\nCall https://api.paypal.com/v1 and use `sk_live_' + 'a1B2c3D4e5F6g7H8i9J0kLmN' + '`.\n';
  const plain = ids(checkText(base, { path: 'AGENTS.md' }).findings);
  for (const hostile of ['>'.repeat(5000), '*a'.repeat(5000), '['.repeat(50000), Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')]) {
    const got = ids(checkText(`${base}\n${hostile}\n`, { path: 'AGENTS.md' }).findings);
    assert.deepEqual(got.filter((id) => id !== 'SG410'), plain, hostile.slice(0, 20));
    assert.ok(got.includes('SG410'));
  }
});

test('a long AGENTS.md (2,000 lines here; 100,000 in the bench): checked with no degraded part', () => {
  const fs = run('AGENTS.md lines', 2);
  assert.ok(!ids(fs).includes('SG410'));
  assert.ok(ids(fs).includes('SG401'));
});

test('growth: the findings a user receives grow linearly with every hostile shape (output size at 1× vs 10×)', () => {
  for (const s of HOSTILE_SHAPES) {
    if (s.name.startsWith('nested') || s.name.startsWith('AGENTS.md lines')) continue; // depth² text; plain prose (constant findings)
    const size = (k: number) => JSON.stringify(checkText(s.text(k), { path: s.path, kind: s.kind }).findings).length;
    const [a, b] = [size(1), size(10)];
    assert.ok(b <= 12 * Math.max(a, 200), `${s.name}: ${a} → ${b} bytes of findings`);
  }
});

// ---- the class: whatever Markdown comes in, the parser's input is bounded ----

const mdPiece = fc.oneof(
  fc.constantFrom('*a', '_b_', '[x]', '[a][b]', '`c`', '<d', '![i](u)', '**', ']', 'text ', 'api.paypal.com ', '\n', '\n\n', '> ', '- ', '  ', '1. ', '```\n', '# h\n'),
  fc.string({ maxLength: 5 }),
);
const hostilePiece = fc.oneof(
  fc.integer({ min: 1, max: 300 }).map((n) => '>'.repeat(n) + ' q\n'),
  fc.integer({ min: 1, max: 80 }).map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- l${i}`).join('\n') + '\n'),
  fc.integer({ min: 1, max: 4000 }).map((n) => '*a'.repeat(n) + '\n'),
  fc.integer({ min: 1, max: 6000 }).map((n) => '['.repeat(n) + '\n'),
);
const markdown = fc.array(fc.oneof(mdPiece, hostilePiece), { maxLength: 40 }).map((xs) => xs.join(''));

function maxDepth(n: Nodes, d = 0): number {
  return 'children' in n ? Math.max(d, ...(n.children as Nodes[]).map((c) => maxDepth(c, d + 1))) : d;
}

test('property: bounded Markdown keeps every offset, changes only neutralised characters, and caps nesting and paragraph markers', () => {
  fc.assert(
    fc.property(markdown, (text) => {
      const b = boundMarkdown(text);
      assert.equal(b.text.length, text.length);
      for (let i = 0; i < text.length; i++) if (b.text[i] !== text[i]) assert.equal(b.text[i], '\u00a0');
      const root = fromMarkdown(b.text);
      // containers: one per 1–2 prefix columns at most, plus a paragraph and inline nesting
      assert.ok(maxDepth(root) <= MAX_PREFIX + 4 + MAX_INLINE_MARKERS / 2, `depth ${maxDepth(root)}`);
      const visit = (n: Nodes): void => {
        if (n.type === 'paragraph' || n.type === 'heading') {
          const src = b.text.slice(n.position!.start.offset, n.position!.end.offset);
          const markers = (src.match(/[*_[\]`<]/g) ?? []).length;
          assert.ok(markers <= MAX_INLINE_MARKERS * 1.05 + 50, `${markers} markers in one paragraph`);
        }
        if ('children' in n) (n.children as Nodes[]).forEach(visit);
      };
      visit(root);
      // nothing degraded without a reason: an unchanged text has no degraded part and vice versa
      assert.equal(b.text === text, b.degraded.length === 0);
    }),
    { numRuns: 40 },
  );
});

test('property: duplicate YAML keys found by the linear check are exactly the yaml package\'s', () => {
  const key = fc.constantFrom('a', 'b', '"a"', "'b'", '1', '"1"', 'true', 'True', '~', 'null', '.nan', '[a]', '{x: 1}');
  const value = fc.oneof(fc.constantFrom('1', 'x', '[a, a]'), key.map((k) => `{${k}: 1, ${k}: 2}`));
  const block = (indent: string) => fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 6 }).map((ps) => ps.map(([k, v]) => `${indent}${k}: ${v}`).join('\n'));
  const doc = fc.tuple(block(''), fc.option(block('  '))).map(([top, nested]) => (nested ? `${top}\nn:\n${nested}\n` : `${top}\n`));
  fc.assert(
    fc.property(doc, (text) => {
      const theirs = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false }) as unknown as { errors: { code: string; pos: [number, number] }[] }[];
      const expected = theirs.flatMap((d) => d.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]));
      const got = parseYaml(text).problems.filter((p) => p.code === 'DUPLICATE_KEY').map((p) => p.span.start);
      assert.deepEqual(got, expected, text);
    }),
    { numRuns: 300 },
  );
});
