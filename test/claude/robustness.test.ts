// Hostile and unusual JSON settings input: a clear SG003 finding with a range, never a crash or a hang;
// suppressions are real JSONC comments only; unattended fixes keep comments and valid JSON.
import assert from 'node:assert/strict';
import test from 'node:test';
import { checkText } from '../../server/src/engine/check.js';
import { fixText } from '../../server/src/engine/fixLoop.js';
import { positions } from '../helpers/fixes.js';

const CLAUDE = { path: '/repo/.claude/settings.json' };
const SAFE = '"enabled": true, "allowUnsandboxedCommands": false, "failIfUnavailable": true';

test('a 10 MB settings file is refused with one finding, quickly', () => {
  const big = `{ "sandbox": { "network": { "allowedDomains": [${'"api.paypal.com", '.repeat(600_000)}"x"] } } }`;
  assert.ok(big.length > 10_000_000);
  const t0 = performance.now();
  const r = checkText(big, CLAUDE);
  assert.ok(performance.now() - t0 < 2_000, 'refused without parsing');
  assert.deepEqual(r.findings.map((f) => `${f.ruleId} ${f.message}`), ['SG003 File is too large to check (10.3 MB; the limit is 2 MB): settings files are small. It was not checked.']);
  assert.deepEqual(positions(r.findings), [['SG003', 1, 1, 1, 1]]);
});

test('a file just under the limit is checked whole: 1.9 MB of allowed domains', () => {
  const n = 45_000;
  const hosts = Array.from({ length: n }, (_, i) => `"api${i}.staging.acme.io"`).join(',\n    ');
  const text = `{\n  "sandbox": { ${SAFE}, "network": { "allowedDomains": [\n    ${hosts},\n    "api.paypal.com"\n  ] } }\n}\n`;
  assert.ok(text.length > 1_200_000 && text.length < 2 * 1024 * 1024, String(text.length));
  const t0 = performance.now();
  const r = checkText(text, CLAUDE);
  assert.ok(performance.now() - t0 < 15_000);
  assert.deepEqual(positions(r.findings), [['SG101', n + 3, 6, n + 3, 20]]);
});

test('deep nesting is refused at the bracket past the limit, before the recursive parser runs', () => {
  const deep = `{ "a": ${'['.repeat(200_000)}${']'.repeat(200_000)} }`;
  const r = checkText(deep, CLAUDE);
  assert.deepEqual(r.findings.map((f) => `${f.ruleId} ${f.message}`), ['SG003 Nesting is too deep (more than 256 levels of [ or {): settings files nest a few levels. The file was not checked.']);
  assert.deepEqual(positions(r.findings), [['SG003', 1, 263, 1, 264]]);
  // brackets inside strings and comments do not count
  const quoted = `{ "a": "${'['.repeat(10_000)}" /* ${'{'.repeat(10_000)} */, "sandbox": { ${SAFE} } }`;
  assert.deepEqual(checkText(quoted, CLAUDE).findings, []);
});

test('binary junk and unterminated input give syntax findings, not a crash', () => {
  for (const text of ['{"sandbox": {"enabled": tr', '\u0000\u0001{', '{"a": "\\ud800"}', '{'.repeat(100), '/* never closed', '}}}']) {
    const r = checkText(text, CLAUDE);
    assert.ok(r.findings.every((f) => f.ruleId.startsWith('SG')), text);
    assert.ok(r.findings.some((f) => f.ruleId === 'SG003' || f.ruleId === 'SG601'), `${JSON.stringify(text)}: ${r.findings.map((f) => f.ruleId)}`);
  }
});

test('suppressions: a // comment silences the next line; the same text inside a string does not', () => {
  const text = `{\n  "sandbox": { ${SAFE}, "network": { "allowedDomains": [\n    // sandbox-guard-disable-next-line production-host -- INC-42 read-only reconciliation, expires 2027-01\n    "api.paypal.com",\n    "// sandbox-guard-disable-next-line production-host -- not a comment",\n    "api-m.paypal.com"\n  ] } }\n}\n`;
  const r = checkText(text, { ...CLAUDE, reportSuppressions: true });
  assert.deepEqual(positions(r.findings), [['SG101', 6, 6, 6, 22]]);
  assert.deepEqual(r.suppressed.map((f) => [f.ruleId, f.suppressed?.reason]), [['SG101', 'INC-42 read-only reconciliation, expires 2027-01']]);
});

test('an unused JSONC suppression is reported, and its fix removes its line', () => {
  const text = `{\n  // sandbox-guard-disable-next-line production-host -- was needed once\n  "sandbox": { ${SAFE} }\n}\n`;
  const [f] = checkText(text, CLAUDE).findings;
  assert.equal(f.ruleId, 'SG901');
  assert.deepEqual(positions([f]), [['SG901', 2, 3, 2, 72]]);
  const out = fixText(text, (t) => checkText(t, CLAUDE).findings, { kind: 'claude' });
  assert.equal(out.text, `{\n  "sandbox": { ${SAFE} }\n}\n`);
});

test('--fix (the fix loop) swaps production hosts for staging and keeps comments and layout', () => {
  const text = `{\n  // payments team\n  "sandbox": {\n    ${SAFE},\n    "network": {\n      "allowedDomains": [\n        "api.paypal.com", // checkout\n        "api-m.paypal.com"\n      ]\n    }\n  },\n  "permissions": { "allow": ["WebFetch(domain:api.paypal.com)"] }\n}\n`;
  const out = fixText(text, (t) => checkText(t, CLAUDE).findings, { kind: 'claude' });
  assert.deepEqual(out.refused, []);
  assert.equal(out.text, text.replace('"api.paypal.com", // checkout', '"api.sandbox.paypal.com", // checkout').replace('"api-m.paypal.com"', '"api-m.sandbox.paypal.com"').replace('domain:api.paypal.com', 'domain:api.sandbox.paypal.com'));
  assert.deepEqual(checkText(out.text, CLAUDE).findings, []);
});

test('the fix loop\'s damage check refuses a JSON settings fix that breaks the JSON or drops a comment', async () => {
  const { fixDamage } = await import('../../server/src/engine/fixGuard.js');
  const before = '{\n  // owner: payments\n  "sandbox": { "enabled": true }\n}\n';
  const finding = checkText(before, CLAUDE).findings[0];
  const applied = [{ finding, fix: { title: 't', edits: [] } }];
  assert.equal(fixDamage('claude', before, before.replace('"enabled": true }', '"enabled": true'), applied, [], []), 'it would break the JSON');
  assert.equal(fixDamage('claude', before, before.replace('  // owner: payments\n', ''), applied, [], []), 'it would remove the comment on line 2');
  assert.equal(fixDamage('claude', before, before.replace('true', 'false'), applied, [], []), undefined);
});

test('a `__proto__` key is data, as in JSON.parse: no prototype is changed and the sandbox keys still read', () => {
  const text = `{ "__proto__": { "enabled": true }, "sandbox": { "__proto__": { "allowUnsandboxedCommands": false }, ${SAFE} } }`;
  assert.deepEqual(checkText(text, CLAUDE).findings, []);
  // an inherited `mode` is not the entry's mode (JSON.parse makes `__proto__` an own key): no masked secret here
  const srt = '{ "network": { "allowedDomains": ["api.paypal.com"] }, "credentials": { "envVars": [{ "name": "PAYPAL_TOKEN", "__proto__": { "mode": "mask" } }] } }';
  assert.deepEqual(checkText(srt, { path: '/repo/.srt-settings.json' }).findings.map((f) => f.ruleId), ['SG101']);
  assert.equal(({} as Record<string, unknown>).enabled, undefined);
});
