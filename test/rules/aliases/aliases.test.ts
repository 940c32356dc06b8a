// YAML aliases and merge keys in task configs (issue 11, point 3): a value reached through `*name` or
// `<<: *base` is checked as the agent's runtime sees it, reported at the use site with related information
// at the anchor, and a fix that must edit the anchor says so in its title and is not applied unattended.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTester, expectFindings } from '../../helpers/ruleTester.js';
import { checkText } from '../../../server/src/engine/check.js';
import { OVERRIDES } from '../hosts/run.js';
import { assertFixWorks } from '../../helpers/fixes.js';

const PATH = 'task.sandbox.yaml';
const hostOnly = { path: PATH, overrides: OVERRIDES };
/** A credential with every field the credential rules ask for, so only host findings remain. */
const CRED = '    source: vault\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n';
const PROD = (host: string, list = 'allowlist') =>
  `\`${host}\` in \`${list}\` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host \`api-m.sandbox.paypal.com\` (the PayPal sandbox).`;

ruleTester('SG101', {
  options: hostOnly,
  valid: [
    { name: 'allowlist alias of a sandbox host anchored in env', text: 'env:\n  PAYPAL_HOST: &pp api-m.sandbox.paypal.com\nnetwork:\n  allowlist:\n    - *pp\n' },
    { name: 'merge key bringing a staging allowlist', text: 'x-network: &base\n  allowlist: [api.staging.example.com]\nnetwork:\n  <<: *base\n' },
    { name: 'an own key overrides the merged one (YAML 1.1): the merged production list is not used', text: 'x-network: &base\n  allowlist: [api-m.paypal.com]\nnetwork:\n  <<: *base\n  allowlist: [api.staging.example.com]\n' },
  ],
  invalid: [
    {
      name: 'a production host reaches the allowlist through an alias of an env anchor: reported at the alias, swapped at the anchor',
      text: 'env:\n  PAYPAL_HOST: &paypal api-m.paypal.com\nnetwork:\n  allowlist:\n    - api.staging.example.com\n    - *paypal  # payments\n',
      errors: [{
        range: [6, 7, 6, 14], severity: 'error', message: PROD('api-m.paypal.com'),
        fixes: ['Replace with staging host api-m.sandbox.paypal.com (and 1 credential host/env reference) — at the anchor `&paypal` (line 2), which changes both uses of it'],
      }],
      output: 'env:\n  PAYPAL_HOST: &paypal api-m.sandbox.paypal.com\nnetwork:\n  allowlist:\n    - api.staging.example.com\n    - *paypal  # payments\n',
    },
    {
      name: 'merge key `<<: *base` bringing a production host',
      text: 'x-network: &base\n  allowlist:\n    - api-m.paypal.com\nnetwork:\n  <<: *base\n  methods: [GET]\n',
      errors: [{
        range: [5, 7, 5, 12], severity: 'error', message: PROD('api-m.paypal.com'),
        fixes: ['Replace with staging host api-m.sandbox.paypal.com — at the anchor `&base` (line 1), which changes both uses of it'],
      }],
      output: 'x-network: &base\n  allowlist:\n    - api-m.sandbox.paypal.com\nnetwork:\n  <<: *base\n  methods: [GET]\n',
    },
    {
      name: 'merge list `<<: [*a, *b]`: the earlier source wins',
      text: 'x-a: &a {allowlist: [api-m.paypal.com]}\nx-b: &b {allowlist: [api.staging.example.com]}\nnetwork:\n  <<: [*a, *b]\n',
      errors: [{ range: [4, 8, 4, 10], severity: 'error', message: PROD('api-m.paypal.com') }],
      output: 'x-a: &a {allowlist: [api-m.sandbox.paypal.com]}\nx-b: &b {allowlist: [api.staging.example.com]}\nnetwork:\n  <<: [*a, *b]\n',
    },
    {
      name: 'nested alias chain: an aliased list holding an alias of an env URL; only the host inside the URL is swapped',
      // SG105 (not a bare host) names the host in its message: off here, so the swap's re-check compares like with like
      options: { ...hostOnly, overrides: { ...OVERRIDES, SG105: 'off' } },
      text: 'env:\n  PAY: &pay https://api-m.paypal.com/v1\nx-hosts: &hosts\n  - *pay\nnetwork:\n  allowlist: *hosts\n',
      errors: [{
        range: [6, 14, 6, 20], severity: 'error', message: PROD('api-m.paypal.com'),
        fixes: ['Replace with staging host api-m.sandbox.paypal.com (and 1 credential host/env reference) — at the anchor `&pay` (line 2), which changes both uses of it'],
      }],
      output: 'env:\n  PAY: &pay https://api-m.sandbox.paypal.com/v1\nx-hosts: &hosts\n  - *pay\nnetwork:\n  allowlist: *hosts\n',
    },
  ],
});

ruleTester('SG209', {
  valid: [
    { name: 'credential hosts alias of an allowlisted anchor', text: `network:\n  allowlist: [&files files.staging.example.com]\ncredentials:\n  STAGING_FILES_KEY:\n${CRED}    hosts:\n      - *files\n` },
  ],
  invalid: [
    {
      name: 'credential hosts alias of a host that is not allowlisted',
      text: `env:\n  FILES_URL: &files files.staging.example.com\nnetwork:\n  allowlist: [api.staging.example.com, files.staging.example.com]\ncredentials:\n  STAGING_FILES_KEY:\n${CRED}    hosts:\n      - *files\n      - *prod\n`.replace('  FILES_URL', '  PAYPAL_HOST: &prod api-m.paypal.com\n  FILES_URL'),
      errors: [{
        range: [15, 9, 15, 14], severity: 'warning',
        message: 'Credential `STAGING_FILES_KEY` is for `api-m.paypal.com`, which is not in the allowlist: the task cannot reach it with this key. Remove it from `hosts` and use the provider\'s sandbox host: a sandbox task must not reach production.',
      }],
      output: null,
    },
  ],
});

ruleTester('SG302', {
  valid: [
    // the false SG302: the allowlist entry is an alias of the env value
    { name: 'env value anchored and allowlisted through an alias', text: 'env:\n  PAYPAL_URL: &pp api-m.sandbox.paypal.com\nnetwork:\n  allowlist:\n    - *pp\n' },
    { name: 'env alias of an allowlisted sandbox host', text: 'network:\n  allowlist:\n    - &pp api-m.sandbox.paypal.com\nenv:\n  PAYPAL_HOST: *pp\n' },
    { name: 'allowlist brought by a merge key', text: 'x-network: &net {allowlist: [files.staging.example.com]}\nnetwork:\n  <<: *net\nenv:\n  FILES_URL: https://files.staging.example.com\n' },
  ],
  invalid: [
    {
      name: 'env merge `<<: *common` bringing a URL that is not allowlisted: reported at the merge alias, fix adds the host',
      text: 'x-env: &common\n  FILES_URL: https://files.staging.example.com/v1\nnetwork:\n  allowlist: [api.staging.example.com]\nenv:\n  <<: *common\n',
      errors: [{ range: [6, 7, 6, 14], severity: 'warning', message: '`FILES_URL` points at `files.staging.example.com`, which is not in the allowlist: the task\'s calls to it will be blocked. Add it to `network.allowlist` or use an allowed host.', fixes: ['Add files.staging.example.com to network.allowlist'] }],
      output: 'x-env: &common\n  FILES_URL: https://files.staging.example.com/v1\nnetwork:\n  allowlist: [api.staging.example.com, files.staging.example.com]\nenv:\n  <<: *common\n',
    },
  ],
});

ruleTester('SG301', {
  valid: [
    { name: 'env alias of a sandbox host anchored in the allowlist', text: 'network:\n  allowlist:\n    - &pp api-m.sandbox.paypal.com\nenv:\n  PAYPAL_HOST: *pp\n' },
  ],
  invalid: [
    {
      name: 'env alias of a production host anchored in credential hosts: reported at the alias, swapped at the anchor',
      text: `network:\n  allowlist:\n    - api-m.sandbox.paypal.com\ncredentials:\n  PAYPAL_SANDBOX_KEY:\n${CRED}    hosts: [&pay api-m.paypal.com]\nenv:\n  PAYPAL_HOST: *pay\n`,
      errors: [{
        range: [13, 16, 13, 20], severity: 'error',
        message: '`PAYPAL_HOST` points at the production host `api-m.paypal.com` (PayPal, per the catalog): every call the task makes through it reaches production. Use `api-m.sandbox.paypal.com`.',
        fixes: ['Use api-m.sandbox.paypal.com instead of api-m.paypal.com — at the anchor `&pay` (line 11), which changes both uses of it'],
      }],
      output: `network:\n  allowlist:\n    - api-m.sandbox.paypal.com\ncredentials:\n  PAYPAL_SANDBOX_KEY:\n${CRED}    hosts: [&pay api-m.sandbox.paypal.com]\nenv:\n  PAYPAL_HOST: *pay\n`,
    },
    {
      name: 'env merge `<<: *common` bringing a production URL',
      text: 'x-env: &common\n  PAYPAL_URL: https://api-m.paypal.com/v1\nnetwork:\n  allowlist: [api-m.sandbox.paypal.com]\nenv:\n  <<: *common\n  LOG_LEVEL: debug\n',
      errors: [{
        range: [6, 7, 6, 14], severity: 'error',
        message: '`PAYPAL_URL` points at the production host `api-m.paypal.com` (PayPal, per the catalog): every call the task makes through it reaches production. Use `api-m.sandbox.paypal.com`.',
        fixes: ['Use api-m.sandbox.paypal.com instead of api-m.paypal.com — at the anchor `&common` (line 1), which changes both uses of it'],
      }],
      output: 'x-env: &common\n  PAYPAL_URL: https://api-m.sandbox.paypal.com/v1\nnetwork:\n  allowlist: [api-m.sandbox.paypal.com]\nenv:\n  <<: *common\n  LOG_LEVEL: debug\n',
    },
  ],
});

const BOMB = 'version: 1\nname: bomb\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e {<<: [*d]}\nnetwork:\n  allowlist: *d\n  <<: [*e, *e, *e, *e, *e, *e, *e, *e]\n';

ruleTester('SG001', {
  valid: [],
  invalid: [
    {
      name: 'an alias bomb in allowlist and merge positions is still capped',
      text: BOMB,
      errors: [{ range: [1, 1, 11, 1], severity: 'error', message: 'Too many alias expansions (more than 100): possible alias bomb. Excessive alias count indicates a resource exhaustion attack' }],
    },
    {
      name: 'a merge key whose value is not a map',
      text: 'network:\n  <<: 5\n  allowlist: [api.staging.example.com]\n',
      errors: [{ range: [2, 3, 2, 5], severity: 'error', message: 'Merge key `<<` takes a map, an alias of a map, or a list of them: a loader that applies merge keys refuses this document' }],
    },
  ],
});

test('aliases: the alias bomb is checked in well under a second (no hang)', () => {
  const t0 = performance.now();
  checkText(BOMB, { path: PATH });
  assert.ok(performance.now() - t0 < 1000, `took ${performance.now() - t0} ms`);
});

test('aliases: a finding at an alias carries related information at each anchor on the way', () => {
  const text = 'env:\n  PAY: &pay https://api-m.paypal.com/v1\nx-hosts: &hosts\n  - *pay\nnetwork:\n  allowlist: *hosts\n';
  const [f] = expectFindings('SG101', text, [{ range: [6, 14, 6, 20], severity: 'error', message: PROD('api-m.paypal.com') }], { ...hostOnly, overrides: { ...OVERRIDES, SG105: 'off' } });
  assert.deepEqual(f.related?.map((r) => [r.span, r.message]), [
    [{ start: 54, end: 60 }, '`*hosts` stands for the value anchored here (`&hosts`)'],
    [{ start: 12, end: 16 }, '`*pay` stands for the value anchored here (`&pay`)'],
  ]);
  assert.equal(text.slice(54, 60), '&hosts');
  assert.equal(text.slice(12, 16), '&pay');
});

test('aliases: a merged entry points at its anchor and at where the value is written', () => {
  const text = 'x-network: &base\n  allowlist:\n    - api-m.paypal.com\nnetwork:\n  <<: *base\n';
  const [f] = expectFindings('SG101', text, [{ range: [5, 7, 5, 12], severity: 'error', message: PROD('api-m.paypal.com') }], hostOnly);
  assert.deepEqual(f.related?.map((r) => text.slice(r.span.start, r.span.end)), ['&base', 'api-m.paypal.com']);
});

test('aliases: a swap at a shared anchor is never applied by --fix (not safe); an unshared entry keeps its safe swap', () => {
  const shared = checkText('env:\n  PAYPAL_HOST: &paypal api-m.paypal.com\nnetwork:\n  allowlist:\n    - *paypal\n', hostOnly).findings.find((f) => f.ruleId === 'SG101')!;
  assert.deepEqual(shared.fixes.map((x) => x.safe), [false]);
  const own = checkText('network:\n  allowlist:\n    - api-m.paypal.com\n', hostOnly).findings.find((f) => f.ruleId === 'SG101')!;
  assert.deepEqual(own.fixes.map((x) => x.safe), [true]);
});

test('aliases: removing an aliased allowlist item removes the alias line, never the anchor; the env value moves to staging', () => {
  const text = 'env:\n  PAYPAL_HOST: &paypal api-m.paypal.com\nnetwork:\n  allowlist:\n    - api-m.sandbox.paypal.com\n    - *paypal\n';
  const f = checkText(text, hostOnly).findings.find((x) => x.ruleId === 'SG101')!;
  assert.match(f.message, /Remove it: its staging host `api-m.sandbox.paypal.com` is already allowlisted/);
  const fix = f.fixes[0];
  assert.deepEqual(fix.edits.map((e) => text.slice(e.start, e.end)), ['    - *paypal\n', 'api-m.paypal.com']);
  // every alias of the edited anchor goes with the edit: no other use changes, so the fix stays safe
  assert.equal(fix.safe, true);
  assert.equal(assertFixWorks(text, f, fix, hostOnly), 'env:\n  PAYPAL_HOST: &paypal api-m.sandbox.paypal.com\nnetwork:\n  allowlist:\n    - api-m.sandbox.paypal.com\n');
});
