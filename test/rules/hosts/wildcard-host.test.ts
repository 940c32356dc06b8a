import { allowlist, OVERRIDES, PATH } from './run.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const ID = 'SG103';

const valid: ValidRow[] = [
  { name: 'negatives: exact hosts, including ones that end in a suffix', text: allowlist('api.staging.example.com', 'my-app.herokuapp.com', 'acme.github.io', 'registry.npmjs.org', 'latest.example.com', 'contest.io') },
];

const invalid: InvalidRow[] = [
  {
    name: '`*` allows everything',
    text: allowlist('"*"'),
    errors: [
      { range: [3, 7, 3, 10], severity: 'error', message: '`*` in `allowlist` allows every host on the internet: the allowlist no longer keeps the task off production. List the exact staging hosts the task needs.' },
    ],
  },
  {
    name: 'wildcard over a TLD',
    text: allowlist('"*.com"'),
    errors: [
      { range: [3, 7, 3, 14], severity: 'error', message: '`*.com` in `allowlist` is a wildcard over the public suffix .com: it reaches every host anyone registers under it, every production API included. List the exact staging hosts the task needs.' },
    ],
  },
  {
    name: 'wildcard over a country second level',
    text: allowlist("'*.co.uk'"),
    errors: [
      { range: [3, 7, 3, 16], severity: 'error', message: '`*.co.uk` in `allowlist` is a wildcard over the public suffix .co.uk: it reaches every host anyone registers under it, every production API included. List the exact staging hosts the task needs.' },
    ],
  },
  {
    name: 'wildcard over a cloud platform suffix',
    text: allowlist('"*.amazonaws.com"', '"*.herokuapp.com"', '"*.github.io"'),
    errors: [
      { range: [3, 7, 3, 24], severity: 'error', message: '`*.amazonaws.com` in `allowlist` is a wildcard over the public suffix .amazonaws.com: it reaches every host anyone registers under it, every production API included. List the exact staging hosts the task needs.' },
      { range: [4, 7, 4, 24], severity: 'error', message: '`*.herokuapp.com` in `allowlist` is a wildcard over the public suffix .herokuapp.com: it reaches every host anyone registers under it, every production API included. List the exact staging hosts the task needs.' },
      { range: [5, 7, 5, 20], severity: 'error', message: '`*.github.io` in `allowlist` is a wildcard over the public suffix .github.io: it reaches every host anyone registers under it, every production API included. List the exact staging hosts the task needs.' },
    ],
  },
  {
    name: 'a bare public suffix, which suffix-matching proxies read as a wildcard',
    text: allowlist('co.uk', 'com'),
    errors: [
      { range: [3, 7, 3, 12], severity: 'error', message: '`co.uk` in `allowlist` is a public suffix, not a host: proxies that match by suffix allow every host under .co.uk, anyone\'s production included. List the exact staging hosts the task needs.' },
      { range: [4, 7, 4, 10], severity: 'error', message: '`com` in `allowlist` is a public suffix, not a host: proxies that match by suffix allow every host under .com, anyone\'s production included. List the exact staging hosts the task needs.' },
    ],
  },
  {
    name: 'ordinary wildcard: warning naming production hosts it reaches',
    text: allowlist('"*.paypal.com"'),
    errors: [
      { range: [3, 7, 3, 21], severity: 'warning', message: '`*.paypal.com` in `allowlist` is a wildcard: it also reaches every production subdomain of paypal.com, e.g. `api-m.paypal.com` (PayPal), `api.paypal.com` (PayPal), `www.paypal.com` (PayPal), including hosts added later. List the exact staging hosts the task needs.' },
    ],
  },
  {
    name: 'a leading dot is a suffix match',
    text: allowlist('.example.com'),
    errors: [
      { range: [3, 7, 3, 19], severity: 'warning', message: '`.example.com` in `allowlist` is a suffix match (like `*.example.com`): it also reaches every production subdomain of example.com, including hosts added later. List the exact staging hosts the task needs.' },
    ],
  },
  {
    name: 'wildcard inside a label',
    text: allowlist('"api-*.example.com"'),
    errors: [
      { range: [3, 7, 3, 26], severity: 'warning', message: '`api-*.example.com` in `allowlist` is a wildcard: it also reaches every production subdomain of example.com, including hosts added later. List the exact staging hosts the task needs.' },
    ],
  },
  {
    name: 'a staging suffix still reaches whatever lives under it',
    text: allowlist('"*.staging.example.com"'),
    errors: [
      { range: [3, 7, 3, 30], severity: 'warning', message: '`*.staging.example.com` in `allowlist` is a wildcard: it also reaches every production subdomain of staging.example.com, including hosts added later (a staging label in the suffix does not stop production hosts from living under it). List the exact staging hosts the task needs.' },
    ],
  },
];

ruleTester(ID, { options: { path: PATH, overrides: OVERRIDES }, valid, invalid });

