// Suppressions in Codex TOML: `# sandbox-guard-disable-next-line <rule> -- <reason>` counts only as a TOML
// comment (from the parser's comments), never inside a string; unused and reasonless ones are reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';
import { positions } from '../helpers/fixes.js';
import { CONFIG } from './fixtures.js';

// keys after a table header belong to that table: the policy goes last
const ENV = '\n[shell_environment_policy]\nignore_default_excludes = false\n';

test('a comment on the line before suppresses the finding, with its reason kept', () => {
  const text = `# sandbox-guard-disable-next-line codex-full-access -- throwaway VM, no credentials\nsandbox_mode = "danger-full-access"\n${ENV}`;
  const r = checkText(text, { path: CONFIG, reportSuppressions: true });
  assert.deepEqual(positions(r.findings), []);
  assert.deepEqual(r.suppressed.map((f) => [f.ruleId, f.suppressed?.reason]), [['SG622', 'throwaway VM, no credentials']]);
});

test('an end-of-line comment suppresses its own line; a rule ID works as well as a name', () => {
  const text = `sandbox_mode = "danger-full-access"  # sandbox-guard-disable-line SG622 -- CI sandbox VM\n${ENV}`;
  assert.deepEqual(positions(checkText(text, { path: CONFIG }).findings), []);
});

test('a directive inside a string (basic, literal, multi-line) suppresses nothing', () => {
  const texts = [
    'note = "x # sandbox-guard-disable-next-line SG622 -- in a string"\nsandbox_mode = "danger-full-access"\n',
    "note = '# sandbox-guard-disable-next-line SG622 -- literal'\nsandbox_mode = \"danger-full-access\"\n",
    'note = """\n# sandbox-guard-disable-next-line SG622 -- multi-line\n"""\nsandbox_mode = "danger-full-access"\n',
    'note = """\n# sandbox-guard-disable-next-line SG622 -- multi-line\n"""; x = 1\n',
  ];
  // the last file does not parse, so there is no comment list: directive-like text counts, as for YAML
  const want = [['SG622'], ['SG622'], ['SG622'], ['SG901', 'SG003']];
  texts.forEach((t, i) => assert.deepEqual(positions(checkText(t + ENV, { path: CONFIG }).findings).map((p) => p[0]), want[i], t));
});

test('an unused or reasonless directive is reported on the TOML comment, with a fix that removes it', () => {
  const text = `# sandbox-guard-disable-next-line codex-network-access -- old\nsandbox_mode = "read-only"\n# sandbox-guard-disable-next-line SG622\nmodel = "o3"\n${ENV}`;
  const r = checkText(text, { path: CONFIG });
  assert.deepEqual(positions(r.findings), [['SG901', 1, 1, 1, 62], ['SG900', 3, 1, 3, 40], ['SG901', 3, 1, 3, 40]]);
  const unused = r.findings.find((f) => f.ruleId === 'SG901')!;
  assert.equal(unused.fixes[0].title, 'Remove the unused suppression');
});
