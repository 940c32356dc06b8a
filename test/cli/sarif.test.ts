// SARIF output validates against the official SARIF 2.1.0 JSON schema (vendored: SARIF-SCHEMA-SOURCE.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { FIXTURES, ROOT, runCli, tempTree } from './helpers.js';
import { allRuleMetas } from '../../server/src/rules/meta/index.js';
import { docsUrl } from '../../server/src/core/docs.js';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'cli', 'sarif-schema-2.1.0.json'), 'utf8'));
// unicodeRegExp off: one pattern in the schema (language tags) is not valid with the u flag
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function assertValid(text: string): any {
  const ok = validate(JSON.parse(text));
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  return JSON.parse(text);
}

test('the schema validator rejects an invalid log (the check can fail)', () => {
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
  assert.equal(validate({ version: '2.0.0', runs: [] }), false);
});

test('SARIF for fixtures with errors, fixes and suppressions is valid 2.1.0', () => {
  const r = runCli(['check', path.join(FIXTURES, 'golden'), '--format', 'sarif', '--report-suppressions']);
  const log = assertValid(r.stdout);
  const run = log.runs[0];
  assert.ok(run.results.some((x: { fixes?: unknown[] }) => x.fixes?.length), 'has a result with fixes');
  assert.ok(run.results.some((x: { suppressions?: unknown[] }) => x.suppressions?.length), 'has a suppressed result');
  for (const res of run.results) {
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.ok(!loc.artifactLocation.uri.startsWith('/'), 'uri is relative to the working folder');
    assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
  }
});

test('SARIF for the examples workspace (every rule that fires there) is valid 2.1.0', () => {
  const r = runCli(['check', 'examples', '--format', 'sarif']);
  assert.notEqual(r.code, 2, r.stderr);
  const log = assertValid(r.stdout);
  assert.ok(log.runs[0].results.length > 0);
});

test('tool.driver.rules describes every rule with its docs URL and default level', () => {
  const log = assertValid(runCli(['check', path.join(FIXTURES, 'golden', 'clean.sandbox.yaml'), '--format', 'sarif']).stdout);
  const rules = log.runs[0].tool.driver.rules;
  assert.deepEqual(rules.map((r: { id: string }) => r.id), allRuleMetas().map((r) => r.id));
  const sg000 = rules[0];
  assert.deepEqual(sg000, {
    id: 'SG000',
    name: 'unreadable-file',
    shortDescription: { text: allRuleMetas()[0].docs.summary },
    fullDescription: { text: allRuleMetas()[0].docs.why },
    help: { text: allRuleMetas()[0].docs.fix, markdown: `${allRuleMetas()[0].docs.fix}\n\nSee [SG000 unreadable-file](${docsUrl('unreadable-file')}).` },
    helpUri: docsUrl('unreadable-file'),
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['security', 'task'], 'security-severity': '8.0' },
  });
  for (const r of rules) {
    const meta = allRuleMetas().find((m) => m.id === r.id)!;
    assert.equal(r.helpUri, docsUrl(meta.name));
    assert.equal(r.defaultConfiguration.level, meta.severity === 'info' ? 'note' : meta.severity);
  }
});

test('file names with spaces and non-ASCII become valid relative URIs', () => {
  const dir = tempTree({ 'my tasks/café.sandbox.yaml': 'network:\n  allowlist: []\n  allowlist: []\n' });
  const log = assertValid(runCli(['check', '.', '--format', 'sarif'], { cwd: dir }).stdout);
  assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20tasks/caf%C3%A9.sandbox.yaml');
});
