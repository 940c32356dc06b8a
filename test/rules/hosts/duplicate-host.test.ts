import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowlist, check, runCase, type Case } from './run.js';

const ID = 'SG106';

const cases: Case[] = [
  {
    name: 'same host twice in allowlist',
    text: allowlist('api.staging.example.com  # orders', 'registry.npmjs.org', 'api.staging.example.com  # again'),
    at: [[5, 7, 5, 30]],
    severity: 'warning',
    says: ['`api.staging.example.com` is listed twice in `allowlist` (first on line 3)'],
    fixes: ['Remove duplicate api.staging.example.com'],
    // the removed line's comment stays (owners and tickets live there)
    fixed: 'network:\n  allowlist:\n    - api.staging.example.com  # orders\n    - registry.npmjs.org\n    # again\n',
  },
  {
    name: 'across allowlist and allowlist_additions; a sole item becomes []',
    text: 'network:\n  allowlist:\n    - api.staging.example.com\n  allowlist_additions:\n    - api.staging.example.com\n',
    at: [[5, 7, 5, 30]],
    says: ['in `allowlist_additions`, but already in `allowlist`'],
    fixed: 'network:\n  allowlist:\n    - api.staging.example.com\n  allowlist_additions: []\n',
  },
  {
    name: 'compared after normalization',
    text: allowlist('api.staging.example.com', 'API.staging.example.com.'),
    at: [[4, 7, 4, 31]],
    fixed: allowlist('api.staging.example.com'),
  },
  {
    name: 'flow sequence: the comma goes too',
    text: 'network:\n  allowlist: [github.com, pypi.org, github.com]\n',
    at: [[2, 37, 2, 47]],
    fixed: 'network:\n  allowlist: [github.com, pypi.org]\n',
  },
  {
    name: 'three copies: two findings',
    text: allowlist('pypi.org', 'pypi.org', 'pypi.org'),
    at: [[4, 7, 4, 15], [5, 7, 5, 15]],
    says: ['`pypi.org` is listed 3 times in `allowlist` (first on line 3)'],
  },
  {
    name: 'negatives: different documents, different hosts',
    text: `${allowlist('api.staging.example.com', 'api.qa.example.com')}---\n${allowlist('api.staging.example.com')}`,
    at: [],
  },
  {
    name: 'negatives: a credential host equal to an allowlist entry is not a duplicate',
    text: 'network:\n  allowlist: [api.staging.example.com]\ncredentials:\n  STAGING_KEY:\n    source: vault\n    hosts: [api.staging.example.com]\n',
    at: [],
  },
];

for (const c of cases) test(`${ID} ${c.name}`, () => runCase(ID, c));

test(`${ID} points at the first entry`, () => {
  const [f] = check(allowlist('pypi.org', 'pypi.org')).filter((x) => x.ruleId === ID);
  assert.equal(f.related?.length, 1);
  assert.equal(f.related![0].span.start, allowlist('pypi.org').indexOf('pypi.org'));
});
