// The sandbox-key checklist from a Codex config: its switches (the proxy feature as a flag or a table, the
// env filter), its hosts (deny wins), the keys `set` hands to commands; never a value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateChecklist } from '../../server/src/engine/checklist/index.js';
import { CONFIG, GOOD, REQUIREMENTS } from './fixtures.js';

test('a staging-only config: switches ticked, allowed and denied hosts listed', () => {
  const md = generateChecklist(GOOD, { path: '.codex/config.toml', kind: 'codex' });
  assert.match(md, /^# Sandbox key checklist: config\.toml\n/);
  assert.match(md, /\(Codex config\)/);
  assert.match(md, /^- \[x\] `features\.network_proxy` is `true`\.$/m);
  assert.match(md, /^- \[x\] `shell_environment_policy\.ignore_default_excludes` is `false`\.$/m);
  assert.match(md, /^Allowed hosts: `api\.staging\.example\.com`\.$/m);
  assert.match(md, /^Denied hosts: `prod\.example\.com`, `\*\.prod\.example\.com`\.$/m);
});

test('defaults are named as what they do; `set` keys get their steps, values never appear', () => {
  const text = '[features.network_proxy]\nenabled = false\n\n[shell_environment_policy.set]\nSTAGING_API_TOKEN = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"\n';
  const md = generateChecklist(text, { path: CONFIG, kind: 'codex' });
  assert.match(md, /^- \[ \] Set `features\.network_proxy` to `true` \(now `false`\)\.$/m);
  assert.match(md, /^- \[ \] Set `shell_environment_policy\.ignore_default_excludes` to `false` \(now true \(the default: \*KEY\*, \*SECRET\*, \*TOKEN\* variables reach commands\)\)\.$/m);
  assert.match(md, /^## STAGING_API_TOKEN\n\nNamed in `shell_environment_policy\.set`/m);
  assert.match(md, /remove it from `shell_environment_policy\.set`/);
  assert.ok(!md.includes('4eC39HqLyjWDarjtT1zdp7dc') && !md.includes('credentials.envVars'), md);
});

test('requirements.toml: the experimental_network switch', () => {
  const md = generateChecklist('[experimental_network]\nallowed_domains = ["api.staging.example.com"]\n', { path: REQUIREMENTS, kind: 'codex' });
  assert.match(md, /^- \[ \] Set `experimental_network\.enabled` to `true` \(now off \(the default\)\)\.$/m);
  assert.match(md, /^Allowed hosts: `api\.staging\.example\.com`\.$/m);
});
