// The CLI on Codex configs: discovery, `--fix` applies only the safe fixes (keeping quotes and comments) and
// re-checks, SARIF carries the findings with their TOML locations.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { runCli, tempTree } from '../cli/helpers.js';

const CONFIG = `default_permissions = "ci"

[features]
network_proxy = true

[permissions.ci.network]
mode = "full"   # reviewed

[permissions.ci.network.domains]
"api-m.paypal.com" = "allow"   # payments sandbox tests

[shell_environment_policy]
inherit = "all"
`;

test('--fix swaps the production host and sets limited mode; the unsafe env fix is left for a person', () => {
  const dir = tempTree({ 'svc/.codex/config.toml': CONFIG });
  const r = runCli(['check', '--fix', '--format', 'json'], { cwd: dir });
  const fixed = fs.readFileSync(path.join(dir, 'svc/.codex/config.toml'), 'utf8');
  assert.equal(fixed, CONFIG.replace('mode = "full"', 'mode = "limited"').replace('"api-m.paypal.com"', '"api-m.sandbox.paypal.com"'));
  const [file] = JSON.parse(r.stdout) as { path: string; kind: string; findings: { ruleId: string }[] }[];
  assert.equal(file.kind, 'codex');
  assert.deepEqual(file.findings.map((f) => f.ruleId), ['SG627']);
  assert.equal(r.code, 0, 'only a warning is left');
});

test('SARIF: Codex findings with the file, line and column of the TOML key', () => {
  const dir = tempTree({ '.codex/config.toml': 'sandbox_mode = "danger-full-access"\n[shell_environment_policy]\nignore_default_excludes = false\n' });
  const r = runCli(['check', '--format', 'sarif'], { cwd: dir });
  assert.equal(r.code, 1);
  const sarif = JSON.parse(r.stdout);
  const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
  assert.deepEqual(results.map((x) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine, x.locations[0].physicalLocation.region.startColumn]), [['SG622', '.codex/config.toml', 1, 16]]);
});
