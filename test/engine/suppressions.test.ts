// Suppression directives in task configs count only when they are YAML comments: text inside a
// string value (block scalar, quoted or plain) that looks like a directive suppresses nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { checkText } from '../../server/src/engine/check.js';
import { fixText } from '../../server/src/cli/fix.js';
import { positions } from '../helpers/fixes.js';

const PATH = 'task.sandbox.yaml';
const HEAD = 'network:\n  allowlist: [api.staging.example.com]\n  methods: [GET]\nenv:\n';

test('a directive inside a block scalar does not suppress the next line', () => {
  const text = `${HEAD}  NOTE: |\n    see docs # sandbox-guard-disable-next-line SG301 -- string, not a comment\n  API_BASE_URL: https://api.paypal.com/v1\n`;
  const r = checkText(text, { path: PATH, reportSuppressions: true });
  assert.deepEqual(positions(r.findings, 'SG301'), [['SG301', 7, 25, 7, 39]]);
  assert.deepEqual(r.suppressed, []);
  assert.deepEqual(positions(r.findings, 'SG901'), []);
});

test('a directive inside a quoted string is no suppression, and --fix leaves the string alone', () => {
  const text = `${HEAD}  OTHER: "x # sandbox-guard-disable-line SG301 -- in a string"\n  API_BASE_URL: https://api.staging.example.com/v1\n`;
  const r = checkText(text, { path: PATH });
  assert.deepEqual(positions(r.findings).filter((p) => p[0].startsWith('SG90')), []);
  const fixed = fixText(text, (t) => checkText(t, { path: PATH }).findings).text;
  assert.ok(fixed.includes('  OTHER: "x # sandbox-guard-disable-line SG301 -- in a string"\n'), fixed);
  for (const d of parseAllDocuments(fixed)) assert.deepEqual(d.errors, []);
});

test('real comments still suppress: own line, end of line, inside a flow list, CRLF', () => {
  const text = [
    'network:',
    '  allowlist: [api.staging.example.com]',
    '  methods: [GET]',
    'env:',
    '  # sandbox-guard-disable-next-line SG301 -- reviewed',
    '  A_URL: https://api.paypal.com/v1',
    '  B_URL: https://api.paypal.com/v2 # sandbox-guard-disable-line production-env-endpoint -- reviewed',
    '',
  ].join('\r\n');
  const r = checkText(text, { path: PATH, reportSuppressions: true });
  assert.deepEqual(positions(r.findings, 'SG301'), []);
  assert.equal(r.suppressed.filter((f) => f.ruleId === 'SG301').length, 2);
  const flow = 'network:\n  allowlist: [api.paypal.com, # sandbox-guard-disable-line SG101 -- reviewed\n    api.staging.example.com]\n  methods: [GET]\n';
  assert.deepEqual(positions(checkText(flow, { path: PATH }).findings, 'SG101'), []);
});
