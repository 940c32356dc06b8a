// Duplicate keys are found in one linear pass instead of yaml's quadratic `uniqueKeys` check: for
// generated YAML (nested maps, sequences of maps, flow maps, quoted/numeric/null/anchored/explicit
// keys) and for real configs with duplicated lines, the errors must be exactly yaml's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { parseDocuments } from '../../server/src/core/yamlSource.js';
import { checkText } from '../../server/src/engine/check.js';

process.removeAllListeners('warning');

/** Every error and warning as `code@offset message`, sorted (yaml reports them in compose order). */
function problems(docs: { errors: { code: string; pos: [number, number]; message: string }[]; warnings: { code: string; pos: [number, number] }[] }[]): string[] {
  return docs.flatMap((d) => [...d.errors.map((e) => `${e.code}@${e.pos[0]} ${e.code === 'DUPLICATE_KEY' ? e.message : ''}`), ...d.warnings.map((w) => `${w.code}@${w.pos[0]}`)]).sort();
}

function sameAsYaml(text: string): void {
  const expected = problems(parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true }) as never);
  const actual = problems(parseDocuments(text) as never);
  assert.deepEqual(actual, expected, JSON.stringify(text));
}

const KEYS = ['a', 'b', 'a', '"a"', "'a'", '1', '01', '0x1', '0', '-0', '.nan', '.NaN', 'null', '~', 'true', 'True', '&x a', '*x', '!!str 1', '"1"', 'a b', '[a]', '{a: 1}', '? a\n', ''];
const SCALARS = ['1', 'x', '"q"', '', '&y v', '*y', '[1, 2]', '{a: 1, a: 2}', '{b: 1, "b": 2}', '|\n  text'];

type Tree = { kind: 'scalar'; v: string } | { kind: 'map'; entries: [string, Tree][] } | { kind: 'seq'; items: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('scalar' as const), v: fc.constantFrom(...SCALARS) }),
    fc.record({ kind: fc.constant('map' as const), entries: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('t')), { minLength: 1, maxLength: 6 }) }),
    fc.record({ kind: fc.constant('seq' as const), items: fc.array(tie('t'), { minLength: 1, maxLength: 4 }) }),
  ),
})).t;

function render(t: Tree, indent: number): string {
  const pad = ' '.repeat(indent);
  if (t.kind === 'scalar') return ` ${t.v.replace(/\n/g, `\n${pad}`)}\n`;
  if (t.kind === 'seq') return '\n' + t.items.map((x) => `${pad}-${render(x, indent + 2)}`).join('');
  return '\n' + t.entries.map(([k, v]) => (k.endsWith('\n') ? `${pad}${k.trimEnd()}\n${pad}:${render(v, indent + 2)}` : `${pad}${k}:${render(v, indent + 2)}`)).join('');
}

test('generated YAML: the linear duplicate-key check reports exactly what yaml uniqueKeys reports', () => {
  fc.assert(fc.property(tree, (t) => {
    const text = t.kind === 'map' ? render(t, 0).slice(1) : `root:${render(t, 2)}`;
    sameAsYaml(text);
    sameAsYaml(`${text}---\n${text}`);
  }), { numRuns: 1500, seed: 12 });
});

test('real configs with duplicated and moved lines: same duplicate-key errors as yaml, and the same findings', () => {
  const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../examples/bad');
  const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  fc.assert(fc.property(fc.constantFrom(...texts), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }), (text, moves) => {
    const lines = text.split('\n');
    for (const [from, to] of moves) lines.splice(to % (lines.length + 1), 0, lines[from % lines.length]);
    const mutated = lines.join('\n');
    sameAsYaml(mutated);
    const dup = checkText(mutated, { path: 'x.sandbox.yaml' }).findings.filter((f) => f.ruleId === 'SG001' && /unique/.test(f.message));
    const expected = problems(parseAllDocuments(mutated, { prettyErrors: false, uniqueKeys: true }) as never).filter((p) => p.startsWith('DUPLICATE_KEY'));
    assert.equal(dup.length, expected.length);
  }), { numRuns: 400, seed: 7 });
});
