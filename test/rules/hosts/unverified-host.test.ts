import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowlist, check, policyWith, runCase, type Case } from './run.js';

const ID = 'SG102';

const cases: Case[] = [
  {
    name: 'unknown host: derived staging swap, not safe',
    text: allowlist('api.example.com  # orders API'),
    at: [[3, 7, 3, 22]],
    severity: 'warning',
    says: ['`api.example.com`', 'not a known staging or sandbox host', '`api.staging.example.com`'],
    fixes: ['Replace with derived staging host api.staging.example.com (check that it exists)'],
    fixed: allowlist('api.staging.example.com  # orders API'),
  },
  {
    name: '"latest" contains "test" but is not a test label',
    text: allowlist('latest.example.com'),
    at: [[3, 7, 3, 25]],
    fixed: allowlist('latest.staging.example.com'),
  },
  {
    name: '"contest" is not a test host; an apex gets a staging subdomain',
    text: allowlist('contest.io'),
    at: [[3, 7, 3, 17]],
    fixed: allowlist('staging.contest.io'),
  },
  {
    name: 'a production label is swapped, not kept',
    text: allowlist('api-prod.acme.io'),
    at: [[3, 7, 3, 23]],
    fixed: allowlist('api-staging.acme.io'),
  },
  {
    name: 'a marker word as the whole registrable name is someone\'s production site',
    text: allowlist('dev.to'),
    at: [[3, 7, 3, 13]],
  },
  {
    name: 'derived host already listed: remove instead',
    text: allowlist('api.staging.example.com', 'api.example.com'),
    at: [[4, 7, 4, 22]],
    fixes: ['Remove api.example.com (api.staging.example.com is already allowlisted)'],
    fixed: allowlist('api.staging.example.com'),
  },
  {
    name: 'the normalized host of a URL entry',
    text: allowlist('https://orders.example.com/v1'),
    at: [[3, 7, 3, 36]],
    says: ['`orders.example.com`'],
    never: ['https://'],
  },
  {
    name: 'negatives: staging labels and hyphen parts',
    text: allowlist('api.staging.example.com', 'api-sandbox.acme.io', 'qa.acme.io', 'dev-eu.acme.io', 'uat.acme.io', 'acme-stg.com', 'api.example.test', 'play.playground.acme.io'),
    at: [],
  },
  {
    name: 'negatives: dependency hosts',
    text: allowlist('registry.npmjs.org', 'github.com', 'pypi.org', 'files.pythonhosted.org', 'objects.githubusercontent.com', 'deb.debian.org', 'crates.io', 'proxy.golang.org'),
    at: [],
  },
  {
    name: 'negatives: catalog hosts and hosts other rules own',
    text: allowlist('api-m.sandbox.paypal.com', 'api.stripe.com', 'api-m.paypal.com', '"*.example.com"', '169.254.169.254', 'localhost'),
    at: [],
  },
  {
    name: 'policy staging hosts and markers',
    text: allowlist('billing-sbx.acme.dev', 'api.preview.acme.io'),
    policy: policyWith({ stagingHosts: { 'billing.acme.dev': 'billing-sbx.acme.dev' }, stagingMarkers: ['Preview'] }),
    at: [],
  },
];

for (const c of cases) test(`${ID} ${c.name}`, () => runCase(ID, c));

test(`${ID} never marks its guess safe`, () => {
  const [f] = check(allowlist('api.example.com')).filter((x) => x.ruleId === ID);
  assert.notEqual(f.fixes[0].safe, true);
});

test(`${ID} only allowlist lists: credential hosts are another rule's`, () => {
  const text = 'network:\n  allowlist: []\ncredentials:\n  STAGING_KEY:\n    source: vault\n    hosts: [api.example.com]\n';
  assert.equal(check(text).filter((x) => x.ruleId === ID).length, 0);
});
