import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { CLEAN } from './helpers.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const withEnv = (lines: string, network = 'network:\n  allowlist:\n    - api.staging.example.com\n') => `${network}env:\n${lines}`;

const valid: ValidRow[] = [
  { name: 'wildcard entry allows subdomains', text: withEnv('  FILES_URL: https://files.staging.example.com\n', 'network:\n  allowlist: ["*.staging.example.com"]\n') },
  { name: 'allowlist_additions counts', text: withEnv('  FILES_URL: https://files.staging.example.com\n', 'network:\n  allowlist_additions: [files.staging.example.com]\n') },
  { name: 'production hosts are left to production-env-endpoint', text: withEnv('  PAYPAL: https://api-m.paypal.com\n') },
  { name: 'dependency hosts are in the default list', text: withEnv('  NPM_REGISTRY: https://registry.npmjs.org\n') },
  { name: 'the clean config', text: CLEAN },
];

const invalid: InvalidRow[] = [
  {
    name: 'env host not allowlisted',
    text: withEnv('  FILES_URL: https://files.staging.example.com/up\n'),
    errors: [
      { range: [5, 22, 5, 47], severity: 'warning', message: '`FILES_URL` points at `files.staging.example.com`, which is not in the allowlist: the task\'s calls to it will be blocked. Add it to `network.allowlist` or use an allowed host.' },
    ],
    output: 'network:\n  allowlist:\n    - api.staging.example.com\n    - files.staging.example.com\nenv:\n  FILES_URL: https://files.staging.example.com/up\n',
  },
  {
    name: 'two hosts in one value',
    text: withEnv('  NO_PROXY: "a.staging.example.com,api.staging.example.com,b.staging.example.com"\n'),
    errors: [
      { range: [5, 14, 5, 35], severity: 'warning', message: '`NO_PROXY` points at `a.staging.example.com`, which is not in the allowlist: the task\'s calls to it will be blocked. Add it to `network.allowlist` or use an allowed host.' },
      { range: [5, 60, 5, 81], severity: 'warning', message: '`NO_PROXY` points at `b.staging.example.com`, which is not in the allowlist: the task\'s calls to it will be blocked. Add it to `network.allowlist` or use an allowed host.' },
    ],
    output: 'network:\n  allowlist:\n    - api.staging.example.com\n    - a.staging.example.com\nenv:\n  NO_PROXY: "a.staging.example.com,api.staging.example.com,b.staging.example.com"\n',
  },
  {
    name: 'no network section',
    text: withEnv('  API: api.staging.example.com\n', ''),
    errors: [
      { range: [2, 8, 2, 31], severity: 'warning', message: '`API` points at `api.staging.example.com`, which is not in the allowlist: the task\'s calls to it will be blocked. Add it to `network.allowlist` or use an allowed host.' },
    ],
    output: 'env:\n  API: api.staging.example.com\nnetwork:\n  allowlist:\n    - api.staging.example.com\n',
  },
];

ruleTester('SG302', { valid, invalid });

test('env-host-not-allowlisted: fix adds the host to the allowlist', () => {
  const [a] = assertFixesWork(withEnv('  FILES_URL: https://files.staging.example.com/up\n'), 'SG302');
  assert.ok(a.startsWith('network:\n  allowlist:\n    - api.staging.example.com\n    - files.staging.example.com\nenv:'), a);
  const [b] = assertFixesWork(withEnv('  API: api.staging.example.com\n', ''), 'SG302');
  assert.equal(b, 'env:\n  API: api.staging.example.com\nnetwork:\n  allowlist:\n    - api.staging.example.com\n');
  const crlf = withEnv('  FILES_URL: https://files.staging.example.com/up\n').replace(/\n/g, '\r\n');
  const [c] = assertFixesWork(crlf, 'SG302');
  assert.ok(c.includes('    - api.staging.example.com\r\n    - files.staging.example.com\r\nenv:'), JSON.stringify(c));
});
