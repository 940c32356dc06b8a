import { test } from 'node:test';
import { allowlist, runCase, type Case } from './run.js';

const ID = 'SG103';

const cases: Case[] = [
  {
    name: '`*` allows everything',
    text: allowlist('"*"'),
    at: [[3, 7, 3, 10]],
    severity: 'error',
    says: ['`*`', 'every host on the internet'],
  },
  {
    name: 'wildcard over a TLD',
    text: allowlist('"*.com"'),
    at: [[3, 7, 3, 14]],
    severity: 'error',
    says: ['`*.com`', 'public suffix .com'],
  },
  {
    name: 'wildcard over a country second level',
    text: allowlist("'*.co.uk'"),
    at: [[3, 7, 3, 16]],
    severity: 'error',
    says: ['.co.uk'],
  },
  {
    name: 'wildcard over a cloud platform suffix',
    text: allowlist('"*.amazonaws.com"', '"*.herokuapp.com"', '"*.github.io"'),
    at: [[3, 7, 3, 24], [4, 7, 4, 24], [5, 7, 5, 20]],
    severity: 'error',
    says: ['anyone registers'],
  },
  {
    name: 'a bare public suffix, which suffix-matching proxies read as a wildcard',
    text: allowlist('co.uk', 'com'),
    at: [[3, 7, 3, 12], [4, 7, 4, 10]],
    severity: 'error',
    says: ['public suffix, not a host'],
  },
  {
    name: 'ordinary wildcard: warning naming production hosts it reaches',
    text: allowlist('"*.paypal.com"'),
    at: [[3, 7, 3, 21]],
    severity: 'warning',
    says: ['also reaches every production subdomain of paypal.com', '`api-m.paypal.com` (PayPal)'],
  },
  {
    name: 'a leading dot is a suffix match',
    text: allowlist('.example.com'),
    at: [[3, 7, 3, 19]],
    severity: 'warning',
    says: ['suffix match', '`*.example.com`'],
  },
  {
    name: 'wildcard inside a label',
    text: allowlist('"api-*.example.com"'),
    at: [[3, 7, 3, 26]],
    severity: 'warning',
    says: ['production subdomain of example.com'],
  },
  {
    name: 'a staging suffix still reaches whatever lives under it',
    text: allowlist('"*.staging.example.com"'),
    at: [[3, 7, 3, 30]],
    severity: 'warning',
  },
  {
    name: 'negatives: exact hosts, including ones that end in a suffix',
    text: allowlist('api.staging.example.com', 'my-app.herokuapp.com', 'acme.github.io', 'registry.npmjs.org', 'latest.example.com', 'contest.io'),
    at: [],
  },
];

for (const c of cases) test(`${ID} ${c.name}`, () => runCase(ID, c));
