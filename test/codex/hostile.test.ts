// Hostile and broken Codex configs: a clear finding with a range, never a crash or a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';
import { CONFIG } from './fixtures.js';

function check(text: string) {
  const t0 = performance.now();
  const findings = checkText(text, { path: CONFIG }).findings;
  return { findings, ms: performance.now() - t0 };
}
const ids = (fs: { ruleId: string }[]) => fs.map((f) => f.ruleId);

test('deeply nested arrays and inline tables: one SG003 at the first level too deep, fast', () => {
  for (const [open, close] of [['[', ']'], ['{a=', '}']]) {
    const text = `sandbox_mode = "read-only"\nx = ${open.repeat(100_000)}1${close.repeat(100_000)}\n`;
    const { findings, ms } = check(text);
    assert.deepEqual(ids(findings), ['SG003']);
    const f = findings[0];
    assert.equal(f.range.start.line, 1);
    assert.equal(text[f.span.start], open[0]);
    assert.match(f.message, /nested more than 64 levels deep/);
    assert.ok(ms < 1000, `${ms} ms`);
  }
});

test('nesting inside strings and comments does not count', () => {
  const text = `# ${'['.repeat(200)}\nmodel = "${'{'.repeat(200)}"\nnote = '''\n${'['.repeat(200)}\n'''\n`;
  assert.deepEqual(ids(check(text).findings), []);
});

test('a 100,000-segment dotted key and a 1.5 MB config: checked in bounded time', () => {
  const dotted = `${'a.'.repeat(100_000)}b = 1\n`;
  const r1 = check(dotted);
  assert.deepEqual(ids(r1.findings), []);
  let big = '[features]\nnetwork_proxy = true\n';
  for (let i = 0; i < 20_000; i++) big += `[permissions.p${i}.network.domains]\n"api${i}.staging.example.com" = "allow"\n`;
  assert.ok(big.length > 1_000_000);
  const r2 = check(big);
  assert.deepEqual(ids(r2.findings), []);
  assert.ok(r1.ms + r2.ms < 15_000, `${r1.ms} + ${r2.ms} ms`);
});

test('duplicate keys and tables: SG003 on the second definition, nothing else runs on the unparsed file', () => {
  const text = 'sandbox_mode = "danger-full-access"\n[features]\nnetwork_proxy = true\n[features]\nnetwork_proxy = false\n';
  const { findings } = check(text);
  assert.deepEqual(findings.map((f) => [f.ruleId, f.range.start.line + 1, f.range.start.character + 1]), [['SG003', 4, 2]]);
});

test('binary-looking and control characters: a syntax finding, not a crash', () => {
  for (const text of ['\u0001\u0002 = 1\n', 'a = "\u0000"\n', '[[[[\n', '"\n', '= 1\n', 'a = 1 b = 2\n', '\ufeffa = 1\n']) {
    const { findings } = check(text);
    assert.ok(findings.every((f) => f.ruleId === 'SG003' && f.span.end >= f.span.start && f.span.end <= text.length), JSON.stringify(text));
  }
});

test('many profiles with unverified, production and denied hosts: linear, not one host rule per entry per entry', async () => {
  const { genCodexConfig } = await import('../../scripts/bench/codexRows.js');
  const text = genCodexConfig(3000);
  const { findings, ms } = check(text);
  assert.ok(findings.some((f) => f.ruleId === 'SG102') && findings.some((f) => f.ruleId === 'SG626'));
  // was 47 s (SG102 re-derived every allowed host for each entry, deny-wins compared every pair with a regex)
  assert.ok(ms < 8000, `${ms} ms`);
});
