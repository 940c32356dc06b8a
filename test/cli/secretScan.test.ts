// Generated: every secret kind planted in every position of every file kind (test/helpers/plantedSecrets.ts);
// every output of the CLI — stylish, json and sarif (with --report-suppressions), the --fix-dry-run diff, the
// checklist, stderr and process warnings — must hold no 8-character piece of any secret.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { describeLeaks, plants, scan, secretKinds, type Leak } from '../helpers/plantedSecrets.js';
import { runCli, tempTree } from './helpers.js';

const warnings: string[] = [];
const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
process.on('warning', onWarning);
after(() => process.off('warning', onWarning));

const ALL = plants();
const KINDS = secretKinds();
export const CLI_OUTPUTS = { task: ['stylish', 'json', 'sarif', 'fix-dry-run', 'checklist', 'stderr'], agents: ['stylish', 'json', 'sarif', 'fix-dry-run', 'stderr'], policy: ['stylish', 'json', 'sarif', 'fix-dry-run', 'stderr'] };

let scanned = 0;
for (const kind of KINDS) {
  test(`CLI: no output shows any piece of a planted ${kind.id}`, () => {
    const mine = ALL.filter((p) => p.kind.id === kind.id);
    const dir = tempTree(Object.fromEntries(mine.map((p) => [p.file, p.text])));
    const leaks: Leak[] = [];
    let stderr = '';
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = runCli(['check', '.', '--format', format, '--report-suppressions'], { cwd: dir });
      assert.ok(r.code === 0 || r.code === 1, `${format}: exit ${r.code}: ${r.stderr}`);
      leaks.push(...scan(r.stdout, format, [kind]));
      stderr += r.stderr;
    }
    const dry = runCli(['check', '.', '--fix-dry-run'], { cwd: dir });
    leaks.push(...scan(dry.stdout, 'fix-dry-run', [kind]));
    stderr += dry.stderr;
    for (const p of mine.filter((x) => x.position.kind === 'task')) {
      const cl = runCli(['checklist', p.file], { cwd: dir });
      leaks.push(...scan(cl.stdout, `checklist of ${p.position.id}`, [kind]));
      stderr += cl.stderr;
    }
    leaks.push(...scan(stderr, 'stderr', [kind]));
    leaks.push(...scan(warnings.join('\n'), 'process warnings', [kind]));
    for (const p of mine) scanned += CLI_OUTPUTS[p.position.kind].length;
    assert.deepEqual(leaks, [], `secret pieces in CLI output:\n${describeLeaks(leaks)}`);
  });
}

test('CLI scan covered every kind × position × output', () => {
  const expected = ALL.reduce((n, p) => n + CLI_OUTPUTS[p.position.kind].length, 0);
  assert.equal(scanned, expected);
  // the figure README's reliability promise quotes
  console.log(`CLI secret scan: ${KINDS.length} kinds, ${ALL.length} kind×position pairs, ${scanned} kind×position×output scans`);
});
