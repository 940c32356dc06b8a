import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowlist, check, OVERRIDES, PATH, policyWith } from './run.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const ID = 'SG102';

const valid: ValidRow[] = [
  { name: 'negatives: staging labels and hyphen parts', text: allowlist('api.staging.example.com', 'api-sandbox.acme.io', 'qa.acme.io', 'dev-eu.acme.io', 'uat.acme.io', 'acme-stg.com', 'api.example.test', 'play.playground.acme.io') },
  { name: 'negatives: dependency hosts', text: allowlist('registry.npmjs.org', 'github.com', 'pypi.org', 'files.pythonhosted.org', 'objects.githubusercontent.com', 'deb.debian.org', 'crates.io', 'proxy.golang.org') },
  { name: 'negatives: catalog hosts and hosts other rules own', text: allowlist('api-m.sandbox.paypal.com', 'api.stripe.com', 'api-m.paypal.com', '"*.example.com"', '169.254.169.254', 'localhost') },
  { name: 'policy staging hosts and markers', text: allowlist('billing-sbx.acme.dev', 'api.preview.acme.io'), options: { policy: policyWith({ stagingHosts: { 'billing.acme.dev': 'billing-sbx.acme.dev' }, stagingMarkers: ['Preview'] }) } },
];

const invalid: InvalidRow[] = [
  {
    name: 'unknown host: derived staging swap, not safe',
    text: allowlist('api.example.com  # orders API'),
    errors: [
      { range: [3, 7, 3, 22], severity: 'warning', message: '`api.example.com` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `api.staging.example.com`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).', fixes: ['Replace with derived staging host api.staging.example.com (check that it exists)'] },
    ],
    output: allowlist('api.staging.example.com  # orders API'),
  },
  {
    name: '"latest" contains "test" but is not a test label',
    text: allowlist('latest.example.com'),
    errors: [
      { range: [3, 7, 3, 25], severity: 'warning', message: '`latest.example.com` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `latest.staging.example.com`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).' },
    ],
    output: allowlist('latest.staging.example.com'),
  },
  {
    name: '"contest" is not a test host; an apex gets a staging subdomain',
    text: allowlist('contest.io'),
    errors: [
      { range: [3, 7, 3, 17], severity: 'warning', message: '`contest.io` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `staging.contest.io`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).' },
    ],
    output: allowlist('staging.contest.io'),
  },
  {
    name: 'a production label is swapped, not kept',
    text: allowlist('api-prod.acme.io'),
    errors: [
      { range: [3, 7, 3, 23], severity: 'warning', message: '`api-prod.acme.io` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `api-staging.acme.io`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).' },
    ],
    output: allowlist('api-staging.acme.io'),
  },
  {
    name: 'a marker word as the whole registrable name is someone\'s production site',
    text: allowlist('dev.to'),
    errors: [
      { range: [3, 7, 3, 13], severity: 'warning', message: '`dev.to` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `staging.dev.to`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).' },
    ],
    output: 'network:\n  allowlist:\n    - staging.dev.to\n',
  },
  {
    name: 'derived host already listed: remove instead',
    text: allowlist('api.staging.example.com', 'api.example.com'),
    errors: [
      { range: [4, 7, 4, 22], severity: 'warning', message: '`api.example.com` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `api.staging.example.com`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).', fixes: ['Remove api.example.com (api.staging.example.com is already allowlisted)'] },
    ],
    output: allowlist('api.staging.example.com'),
  },
  {
    name: 'the normalized host of a URL entry',
    text: allowlist('https://orders.example.com/v1'),
    errors: [
      { range: [3, 7, 3, 36], severity: 'warning', message: '`orders.example.com` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `orders.staging.example.com`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).' },
    ],
    output: 'network:\n  allowlist:\n    - orders.staging.example.com\n',
  },
];

ruleTester(ID, { options: { path: PATH, overrides: OVERRIDES }, valid, invalid });

test(`${ID} never marks its guess safe`, () => {
  const [f] = check(allowlist('api.example.com')).filter((x) => x.ruleId === ID);
  assert.notEqual(f.fixes[0].safe, true);
});

test(`${ID} only allowlist lists: credential hosts are another rule's`, () => {
  const text = 'network:\n  allowlist: []\ncredentials:\n  STAGING_KEY:\n    source: vault\n    hosts: [api.example.com]\n';
  assert.equal(check(text).filter((x) => x.ruleId === ID).length, 0);
});
