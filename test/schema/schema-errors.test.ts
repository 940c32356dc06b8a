// SG002: schema errors land on the exact node with a human message (table: snippet -> findings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';

type Row = [line: number, col: number, endLine: number, endCol: number, message: string, fixTitles?: string[]];

const cases: { name: string; yaml: string; want: Row[] }[] = [
  {
    name: 'valid full config has no schema findings',
    yaml: [
      'version: 1', 'name: checkout-webhook-tests', 'network:', '  allowlist:', '    - api.staging.example.com',
      '  allowlist_additions: []', '  methods: [GET, HEAD, OPTIONS]',
      '  proxy: {http: "http://proxy.internal:3128", https: "http://proxy.internal:3128", no_proxy: "a.example.com,b.example.com"}',
      '  dns: {custom_resolvers: [10.0.0.2]}', 'credentials:', '  STAGING_API_KEY:', '    source: vault', '    ref: secret/codex/staging',
      '    scope: task', '    permissions: read-only', '    label: Codex sandbox', '    hosts: [api.staging.example.com]',
      '    rate_limit: {requests: 60, per: minute}', 'env:', '  API_BASE_URL: https://api.staging.example.com/v1', 'max_parallel_tasks: 4', '',
    ].join('\n'),
    want: [],
  },
  { name: 'empty document', yaml: '# nothing yet\n', want: [] },
  {
    name: 'unknown property: key span and suggestion',
    yaml: 'network:\n  allowlst:\n    - api.staging.example.com\n',
    want: [[2, 3, 2, 11, 'Unknown property `allowlst` in `network` (did you mean `allowlist`?)', ['Rename to `allowlist`']]],
  },
  {
    name: 'unknown property without a close match lists the allowed keys',
    yaml: 'netwerk_settings: {}\n',
    want: [[1, 1, 1, 17, 'Unknown property `netwerk_settings` at the top level of the task config: expected one of version, name, network, credentials, env, max_parallel_tasks', []]],
  },
  {
    name: 'unknown property in a credential; case/underscore folding suggests rate_limit',
    yaml: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    rateLimit: {requests: 1, per: minute}\n',
    want: [[4, 5, 4, 14, 'Unknown property `rateLimit` in credential `STAGING_API_KEY` (did you mean `rate_limit`?)', ['Rename to `rate_limit`']]],
  },
  {
    // YAML 1.1 merge keys are applied as merging loaders do: the merged fields are validated, `<<` is no unknown key
    name: 'merge keys: applied, so a valid merge gives no schema finding',
    yaml: 'network:\n  <<: {methods: [GET, POST]}\n  allowlist: [api.staging.example.com]\nenv:\n  <<: {API_URL: "https://api.staging.example.com"}\ncredentials:\n  STAGING_KEY:\n    <<: *base\n    source: vault\n'.replace('*base', '{scope: pool}'),
    want: [],
  },
  {
    // the error lands on the merged value where it is written, and its fix says it edits a shared anchor
    name: 'merge keys: a bad merged value is reported where it is written',
    yaml: 'x-network: &base {methods: [GET, DELET]}\nnetwork:\n  <<: *base\n',
    want: [
      [1, 1, 1, 10, 'Unknown property `x-network` at the top level of the task config (did you mean `network`?)', []],
      [1, 34, 1, 39, 'Each `methods` entry must be one of GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE (did you mean `DELETE`?)', ['Replace with `DELETE` — at the anchor `&base` (line 1), which changes both uses of it']],
    ],
  },
  {
    name: 'enum: value span and the allowed values',
    yaml: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    permissions: readonly\n',
    want: [[4, 18, 4, 26, '`permissions` must be one of read-only, read-write, admin (did you mean `read-only`?)', ['Replace with `read-only`']]],
  },
  {
    name: 'enum without a close match has no fix',
    yaml: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    permissions: everything\n',
    want: [[4, 18, 4, 28, '`permissions` must be one of read-only, read-write, admin', []]],
  },
  {
    name: 'quoted enum value: span includes the quotes',
    yaml: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    scope: "tsk"\n',
    want: [[4, 12, 4, 17, '`scope` must be one of task, session, pool (did you mean `task`?)', ['Replace with `task`']]],
  },
  {
    name: 'wrong type on an enum field still lists the values',
    yaml: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    scope: 3\n',
    want: [[4, 12, 4, 13, '`scope` must be one of task, session, pool', []]],
  },
  {
    name: 'integer >= 1: zero, decimal and string',
    yaml: 'max_parallel_tasks: 0\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    rate_limit: {requests: 1.5, per: minute}\n  OTHER_KEY:\n    source: vault\n    rate_limit: {requests: "60", per: hour}\n',
    want: [
      [1, 21, 1, 22, '`max_parallel_tasks` must be an integer ≥ 1'],
      [5, 28, 5, 31, '`requests` must be an integer ≥ 1'],
      [8, 28, 8, 32, '`requests` must be an integer ≥ 1'],
    ],
  },
  {
    name: 'missing required: on the parent key, several names merged',
    yaml: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    rate_limit: {}\n',
    want: [[4, 5, 4, 15, '`rate_limit` is missing `requests` and `per`']],
  },
  {
    name: 'a missing or unknown `source` is left to credential-source (SG203), not reported twice',
    yaml: 'credentials:\n  OTHER_KEY:\n    scope: task\n  THIRD_KEY:\n    source: env\n',
    want: [],
  },
  {
    name: 'credential names must be UPPER_SNAKE_CASE',
    yaml: 'credentials:\n  stagingApiKey:\n    source: vault\n',
    want: [[2, 3, 2, 16, 'Credential name `stagingApiKey` must be UPPER_SNAKE_CASE (e.g. `STAGING_API_KEY`)', ['Rename to `STAGING_API_KEY`']]],
  },
  {
    name: 'type errors name both types; an empty value points at its key',
    yaml: 'network:\n  allowlist: api.staging.example.com\n  proxy:\ncredentials:\n  STAGING_API_KEY: vault\nenv:\n  API_BASE_URL: {url: x}\n',
    want: [
      [2, 14, 2, 37, '`allowlist` must be a list, not a string'],
      [3, 3, 3, 8, '`proxy` must be a mapping, not empty'],
      [5, 20, 5, 25, 'Credential `STAGING_API_KEY` must be a mapping, not a string'],
      [7, 17, 7, 25, '`API_BASE_URL` in `env` must be a string, not a mapping'],
    ],
  },
  {
    name: 'list entries: wrong type and enum per entry, duplicates on the repeat',
    yaml: 'network:\n  allowlist:\n    - {host: x}\n  methods: [GET, PUTT, GET]\n',
    want: [
      [3, 7, 3, 16, 'Each `allowlist` entry must be a string, not a mapping'],
      [4, 18, 4, 22, 'Each `methods` entry must be one of GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE (did you mean `PUT`?)', ['Replace with `PUT`']],
      [4, 24, 4, 27, '`GET` is listed twice in `methods`: remove one'],
    ],
  },
  {
    name: 'version is const 1',
    yaml: 'version: 2\n',
    want: [[1, 10, 1, 11, '`version` must be 1: it is the only config format version', ['Replace with `1`']]],
  },
  {
    name: 'a block collection of the wrong type is underlined on its first line only',
    yaml: 'network:\n  - api.staging.example.com\n  - b.staging.example.com\n',
    want: [[2, 3, 2, 28, '`network` must be a mapping, not a list']],
  },
  {
    name: 'the root must be a mapping',
    yaml: '- api.staging.example.com\n',
    want: [[1, 1, 1, 26, 'The task config must be a mapping, not a list']],
  },
  {
    name: 'each document of a multi-document file is validated on its own',
    yaml: 'name: a\n---\nname: b\nnetwork: {allowlist: [], dns: {resolvers: []}}\n',
    want: [[4, 32, 4, 41, 'Unknown property `resolvers` in `network.dns`: expected one of custom_resolvers', []]],
  },
  {
    name: 'values reached through an alias are located',
    yaml: 'x-base: &base\n  source: vault\n',
    want: [[1, 1, 1, 7, 'Unknown property `x-base` at the top level of the task config: expected one of version, name, network, credentials, env, max_parallel_tasks', []]],
  },
];

for (const c of cases) {
  test(`SG002: ${c.name}`, () => {
    const findings = checkText(c.yaml, { path: 'task.sandbox.yaml' }).findings.filter((f) => f.ruleId === 'SG002');
    const got: Row[] = findings.map((f) => {
      const row: Row = [f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1, f.range.end.character + 1, f.message];
      return row;
    });
    assert.deepEqual(got, c.want.map((w) => w.slice(0, 5)));
    c.want.forEach((w, i) => {
      if (w[5]) assert.deepEqual(findings[i].fixes.map((f) => f.title), w[5], `fixes of "${w[4]}"`);
    });
    for (const f of findings) assert.equal(f.severity, 'error');
  });
}

test('SG002 never prints raw ajv wording', () => {
  const yaml = 'version: x\nnetwork: {methods: [GET, GET], proxy: {port: 1}}\ncredentials:\n  bad-name: {source: x, rate_limit: {per: day}}\nmax_parallel_tasks: -1\n';
  const findings = checkText(yaml, { path: 'task.sandbox.yaml' }).findings.filter((f) => f.ruleId === 'SG002');
  assert.ok(findings.length >= 6, `expected several findings, got ${findings.length}`);
  for (const f of findings) assert.doesNotMatch(f.message, /must NOT have|must match pattern|must be equal to|must have required property|#\//, f.message);
});

test('SG002 does not cascade: one finding per problem', () => {
  const findings = checkText('credentials:\n  STAGING_API_KEY:\n    source: vault\n    permissions: [read-only]\n', { path: 'task.sandbox.yaml' }).findings.filter((f) => f.ruleId === 'SG002');
  assert.deepEqual(findings.map((f) => f.message), ['`permissions` must be one of read-only, read-write, admin']);
});

test('credential-source (SG203) reports what SG002 leaves to it', () => {
  const findings = checkText('credentials:\n  OTHER_KEY:\n    scope: task\n  THIRD_KEY:\n    source: env\n', { path: 'task.sandbox.yaml' }).findings;
  assert.deepEqual(findings.filter((f) => f.ruleId === 'SG203').map((f) => f.range.start.line + 1), [2, 5]);
});
