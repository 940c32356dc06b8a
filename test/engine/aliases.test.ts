// An alias whose anchor is missing (or defined after it) is an unresolved alias, reported on the alias,
// in task configs and in the policy file alike; only a real expansion blow-up is called an alias bomb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';

/** Where an alias can stand in a document; `{A}` is the alias, `{ANCHOR}` an anchored value placed after it. */
const SHAPES = [
  'network:\n  allowlist:\n    - {A}\n',
  'network:\n  allowlist: [{A}, api.staging.example.com]\n',
  'env:\n  BASE: {A}\n',
  'credentials:\n  K:\n    source: vault\n    label: {A}\n{ANCHOR}',
  'credentials: {A}\n{ANCHOR}',
  'env: {X: {A}}\n',
];

const NAMES = ['x', 'anchor1', 'a-b', 'live', 'k.k'];

for (const kind of ['task', 'policy'] as const) {
  test(`${kind}: every unresolved alias is reported as unresolved, on the alias itself, never as an alias bomb`, () => {
    const shapes = kind === 'task' ? SHAPES : SHAPES.map((s) => s.replace(/^network:\n  allowlist:/, 'productionHosts:').replace(/^env:|^credentials:/, 'stagingMarkers:'));
    for (const shape of shapes) {
      for (const name of NAMES) {
        const text = shape.replace('{A}', `*${name}`).replace('{ANCHOR}', `later: &${name} value\n`);
        const path = kind === 'task' ? 'a.sandbox.yaml' : '.sandbox-guard.yaml';
        const f = checkText(text, { path, kind }).findings.filter((x) => x.ruleId === (kind === 'task' ? 'SG001' : 'SG950'));
        const alias = f.find((x) => /unresolved alias/i.test(x.message));
        assert.ok(alias, `${JSON.stringify(text)}: ${JSON.stringify(f.map((x) => x.message))}`);
        assert.doesNotMatch(alias.message, /bomb/i);
        assert.equal(text.slice(alias.span.start, alias.span.end), `*${name}`, JSON.stringify(text));
        assert.ok(!f.some((x) => /bomb/i.test(x.message)), JSON.stringify(text));
      }
    }
  });
}

test('a real alias bomb is still called one', () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  const f = checkText(bomb.join('\n') + '\n', { path: 'a.sandbox.yaml' }).findings;
  assert.ok(f.some((x) => x.ruleId === 'SG001' && /alias bomb/.test(x.message)), JSON.stringify(f.map((x) => x.message)));
});
