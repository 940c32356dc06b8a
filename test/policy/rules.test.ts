// The policy-file rules SG950–SG953 through the rule tester: exact findings on .sandbox-guard.yaml, fixes re-checked.
// (test/policy/parse.test.ts pins the effective policy that the same texts give.)
import { ruleTester, type ValidRow } from '../helpers/ruleTester.js';
import { GOOD_POLICY } from './goodPolicy.js';

const OPTIONS = { path: '/repo/.sandbox-guard.yaml' };

/** Valid for every policy rule. */
const clean: ValidRow[] = [
  { name: 'a good policy', text: GOOD_POLICY },
  { name: 'an empty file', text: '' },
  { name: 'a comment-only file', text: '# team policy\n' },
  { name: 'rule keys are case-insensitive IDs or names', text: 'rules: {sg002: info, yaml-syntax: warning}\n' },
];

ruleTester('SG950', {
  options: OPTIONS,
  valid: [
    ...clean,
  { name: 'a glob problem is not a schema problem', text: 'files: ["{a,b}.yaml"]\n' },
  ],
  invalid: [
    {
      name: 'wrong types and values: reported on the node',
      text: 'productionHosts: api.example.com\nstagingMarkers: [preview, pre-view]\nrules:\n  SG002: of\n  SG001: warning\nignore: 3\nproductionHost: []\n',
      errors: [
        { range: [1, 18, 1, 33], severity: 'error', message: '`productionHosts` must be a list, not a string — this entry is ignored until fixed' },
        { range: [2, 27, 2, 35], severity: 'error', message: '`pre-view` in `stagingMarkers` must be a single label of letters and digits, e.g. `preview` — this entry is ignored until fixed' },
        { range: [4, 10, 4, 12], severity: 'error', message: '`SG002` in `rules` must be one of off, info, warning, error (did you mean `off`?) — this entry is ignored until fixed', fixes: ['Replace with `off`'] },
        { range: [6, 9, 6, 10], severity: 'error', message: '`ignore` must be a list, not a number — this entry is ignored until fixed' },
        { range: [7, 1, 7, 15], severity: 'error', message: 'Unknown property `productionHost` at the top level of the policy file (did you mean `productionHosts`?) — this entry is ignored until fixed' },
      ],
      output: 'productionHosts: api.example.com\nstagingMarkers: [preview, pre-view]\nrules:\n  SG002: off\n  SG001: warning\nignore: 3\nproductionHost: []\n',
    },
    {
      name: 'regexes are not host patterns',
      text: 'productionHosts:\n  - "^api\\\\..*$"\n  - "(a+)+b"\n  - "*.ok.example.com"\n',
      errors: [
        { range: [2, 5, 2, 17], severity: 'error', message: '`^api\\..*$` in `productionHosts` must be a hostname or a `*.domain` wildcard (regular expressions are not supported) — this entry is ignored until fixed' },
        { range: [3, 5, 3, 13], severity: 'error', message: '`(a+)+b` in `productionHosts` must be a hostname or a `*.domain` wildcard (regular expressions are not supported) — this entry is ignored until fixed' },
      ],
    },
    {
      name: 'stagingHosts: hosts must be bare; the key gets a rename fix to the host',
      text: 'stagingHosts:\n  https://api.example.com/v1: api.staging.example.com\n  pay.example.com: https://pay.staging.example.com\n',
      errors: [
        { range: [2, 3, 2, 29], severity: 'error', message: 'Production host `https://api.example.com/v1` in `stagingHosts` must be a bare hostname (no scheme, port or path) — this entry is ignored until fixed', fixes: ['Rename to `api.example.com`'] },
        { range: [3, 20, 3, 51], severity: 'error', message: 'The staging host for `pay.example.com` must be a bare hostname (no scheme, port or path), not `https://pay.staging.example.com` — this entry is ignored until fixed' },
      ],
      output: 'stagingHosts:\n  api.example.com: api.staging.example.com\n  pay.example.com: https://pay.staging.example.com\n',
    },
    {
      name: 'broken YAML',
      text: 'productionHosts: [billing.example.com]\nstagingHosts: {api.example.com: api.staging.example.com}\nstagingMarkers: [preview]\nrules:\n  SG002: off\n  SG951: error\nfiles: [ci/*.yaml]\nignore: ["**"]\nbroken: [\n',
      errors: [
        { range: [9, 1, 9, 7], severity: 'error', message: 'Unknown property `broken` at the top level of the policy file: expected one of stagingHosts, productionHosts, stagingMarkers, rules, files, ignore — this entry is ignored until fixed' },
        { range: [10, 1, 10, 1], severity: 'error', message: 'Flow sequence in block collection must be sufficiently indented and end with a ]. Until it parses, only the parts that make checking stricter apply (`productionHosts`, `stagingHosts` keys as production hosts, `files`, and `rules` that raise a severity).' },
      ],
    },
    {
      name: 'duplicate keys',
      text: 'rules: {}\nrules: {}\n',
      errors: [
        { range: [2, 1, 2, 6], severity: 'error', message: 'Map keys must be unique. Until it parses, only the parts that make checking stricter apply (`productionHosts`, `stagingHosts` keys as production hosts, `files`, and `rules` that raise a severity).' },
      ],
    },
    {
      name: 'extra documents',
      text: 'files: [a.yaml]\n---\nfiles: [b.yaml]\n',
      errors: [
        { range: [2, 1, 2, 4], severity: 'error', message: 'A policy file holds one YAML document: this one and any after it are ignored.' },
      ],
    },
    {
      name: 'alias bomb',
      text: 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      errors: [
        { range: [1, 1, 1, 1], severity: 'error', message: 'Too many alias expansions (more than 100): possible alias bomb. Excessive alias count indicates a resource exhaustion attack. Until it parses, only the parts that make checking stricter apply (`productionHosts`, `stagingHosts` keys as production hosts, `files`, and `rules` that raise a severity).' },
      ],
    },
    {
      name: 'a non-mapping policy',
      text: '- SG002: off\n',
      errors: [
        { range: [1, 1, 1, 13], severity: 'error', message: 'The policy file must be a mapping, not a list — this entry is ignored until fixed' },
      ],
    },
    {
      name: 'misspelt property: renamed',
      text: 'productionHost:\n  - api.example.com\n',
      errors: [
        { range: [1, 1, 1, 15], severity: 'error', message: 'Unknown property `productionHost` at the top level of the policy file (did you mean `productionHosts`?) — this entry is ignored until fixed', fixes: ['Rename to `productionHosts`'] },
      ],
      output: 'productionHosts:\n  - api.example.com\n',
    },
    {
      name: 'misspelt severity: corrected',
      text: 'rules:\n  SG002: warnng\n',
      errors: [
        { range: [2, 10, 2, 16], severity: 'error', message: '`SG002` in `rules` must be one of off, info, warning, error (did you mean `warning`?) — this entry is ignored until fixed', fixes: ['Replace with `warning`'] },
      ],
      output: 'rules:\n  SG002: warning\n',
    },
    {
      name: 'quoted URL key in stagingHosts: renamed to its host',
      text: 'stagingHosts:\n  "https://api.example.com": api.staging.example.com\n',
      errors: [
        { range: [2, 3, 2, 28], severity: 'error', message: 'Production host `https://api.example.com` in `stagingHosts` must be a bare hostname (no scheme, port or path) — this entry is ignored until fixed', fixes: ['Rename to `api.example.com`'] },
      ],
      output: 'stagingHosts:\n  "api.example.com": api.staging.example.com\n',
    },
    {
      name: 'routed by checkText: unknown property',
      text: 'rules:\n  shema: warning\nfoo: 1\n',
      errors: [
        { range: [3, 1, 3, 4], severity: 'error', message: 'Unknown property `foo` at the top level of the policy file: expected one of stagingHosts, productionHosts, stagingMarkers, rules, files, ignore — this entry is ignored until fixed' },
      ],
    },
  ],
});

ruleTester('SG951', {
  options: OPTIONS,
  valid: [
    ...clean,
  { name: 'known IDs and names', text: 'rules:\n  SG002: off\n  schema: error\n  policy-invalid-glob: warning\n' },
  ],
  invalid: [
    {
      name: 'unknown rule IDs and names, with a rename to a close match',
      text: 'rules:\n  SG9999: off\n  shema: warning\n  schema: error\n  policy-invalid-glb: warning\n',
      errors: [
        { range: [2, 3, 2, 9], severity: 'warning', message: 'Unknown rule `SG9999` in `rules`: this severity applies to nothing. See `sandbox-guard rules`.' },
        { range: [3, 3, 3, 8], severity: 'warning', message: 'Unknown rule `shema` in `rules` (did you mean `schema`?): this severity applies to nothing. See `sandbox-guard rules`.' },
        { range: [5, 3, 5, 21], severity: 'warning', message: 'Unknown rule `policy-invalid-glb` in `rules` (did you mean `policy-invalid-glob`?): this severity applies to nothing. See `sandbox-guard rules`.', fixes: ['Rename to `policy-invalid-glob`'] },
      ],
      output: 'rules:\n  SG9999: off\n  shema: warning\n  schema: error\n  policy-invalid-glob: warning\n',
    },
    {
      name: 'misspelt rule name: renamed',
      text: 'rules:\n  schemaa: off\n',
      errors: [
        { range: [2, 3, 2, 10], severity: 'warning', message: 'Unknown rule `schemaa` in `rules` (did you mean `schema`?): this severity applies to nothing. See `sandbox-guard rules`.', fixes: ['Rename to `schema`'] },
      ],
      output: 'rules:\n  schema: off\n',
    },
    {
      name: 'routed by checkText: unknown rule',
      text: 'rules:\n  shema: warning\nfoo: 1\n',
      errors: [
        { range: [2, 3, 2, 8], severity: 'warning', message: 'Unknown rule `shema` in `rules` (did you mean `schema`?): this severity applies to nothing. See `sandbox-guard rules`.', fixes: ['Rename to `schema`'] },
      ],
      output: 'rules:\n  schema: warning\nfoo: 1\n',
    },
  ],
});

ruleTester('SG952', {
  options: OPTIONS,
  valid: [
    ...clean,
  { name: 'a staging host that is staging', text: 'stagingHosts:\n  d.example.com: d.staging.example.com\n' },
  ],
  invalid: [
    {
      name: 'a staging host that is itself production',
      text: 'productionHosts: ["*.prod.example.com"]\nstagingHosts:\n  api.example.com: api.paypal.com\n  b.example.com: b.prod.example.com\n  c.example.com: c.example.com\n  d.example.com: d.staging.example.com\n',
      errors: [
        { range: [3, 20, 3, 34], severity: 'error', message: 'Staging host `api.paypal.com` for `api.example.com` is a production host of PayPal (REST, NVP/SOAP, checkout) in the provider catalog: this mapping is ignored. Map it to a staging or sandbox host.' },
        { range: [4, 18, 4, 36], severity: 'error', message: 'Staging host `b.prod.example.com` for `b.example.com` is itself production (it matches `*.prod.example.com` in `productionHosts`): this mapping is ignored. Map it to a staging or sandbox host.' },
        { range: [5, 18, 5, 31], severity: 'error', message: 'Staging host `c.example.com` for `c.example.com` is the production host itself: this mapping is ignored. Map it to a staging or sandbox host.' },
      ],
    },
  ],
});

ruleTester('SG953', {
  options: OPTIONS,
  valid: [
    ...clean,
  { name: 'supported globs', text: 'files: [ci/*.yaml, "**/agent-?.yml"]\nignore: [fixtures/**]\n' },
  ],
  invalid: [
    {
      name: 'globs the matcher cannot honour',
      text: 'files:\n  - ci/*.yaml\n  - "{a,b}.yaml"\n  - /abs/x.yaml\n  - ../up.yaml\n  - "ci\\\\x.yaml"\n  - "a**.yaml"\n  - ""\nignore: ["!keep.yaml", "fixtures/**"]\n',
      errors: [
        { range: [3, 5, 3, 17], severity: 'error', message: 'Glob `{a,b}.yaml` in `files` uses `{}` or `[]`: only `*`, `?` and `**` are supported. It is ignored until fixed.' },
        { range: [4, 5, 4, 16], severity: 'error', message: 'Glob `/abs/x.yaml` in `files` is absolute: globs are relative to the policy file\'s folder. It is ignored until fixed.' },
        { range: [5, 5, 5, 15], severity: 'error', message: 'Glob `../up.yaml` in `files` leaves the policy file\'s folder (`..`): put the policy file higher up instead. It is ignored until fixed.' },
        { range: [6, 5, 6, 17], severity: 'error', message: 'Glob `ci\\x.yaml` in `files` uses `\\`: write paths with `/`. It is ignored until fixed.' },
        { range: [7, 5, 7, 15], severity: 'error', message: 'Glob `a**.yaml` in `files` `**` must be a whole path segment (`a/**/b`, not `a**`). It is ignored until fixed.' },
        { range: [8, 5, 8, 7], severity: 'error', message: 'Glob `` in `files` is empty. It is ignored until fixed.' },
        { range: [9, 10, 9, 22], severity: 'error', message: 'Glob `!keep.yaml` in `ignore` is a negation: negated globs are not supported (list the files to skip under `ignore`). It is ignored until fixed.' },
      ],
    },
  ],
});
