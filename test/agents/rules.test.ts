// Table tests for the AGENTS.md rules SG401–SG409: exact ranges, messages, and every fix applied and re-checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/applyEdits.js';
import { assertFixesWork, positions } from '../helpers/fixes.js';
import { AGENTS, GOOD, assertMarkdownIntact, check, without } from './helpers.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../helpers/ruleTester.js';
import { allRuleMetas } from '../../server/src/rules/meta/index.js';
import type { Finding } from '../../server/src/core/types.js';

// Every finding on AGENTS.md is stated, whichever rule reports it (SG401–SG409, suppressions, …).
const AGENTS_RULES = { label: 'AGENTS.md', rules: allRuleMetas().map((r) => r.id) };
// A fix keeps the Markdown intact; an SG408 fix removes the contradicting item on purpose.
const markdownIntact = (before: string, after: string, f: Finding) => assertMarkdownIntact(before, after, f.ruleId === 'SG408' ? 1 : 0);


const valid: ValidRow[] = [
  { name: 'the source document\'s four rules: clean', text: GOOD },
  { name: 'rules by meaning, not exact text: clean', text: '# A\n\n## Rules\n\n- Do not hit prod APIs from cloud runs.\n- Use sandbox credentials only.\n- Every outbound HTTP request needs a timeout and error handling.\n- Audit-log each third-party API call.\n' },
  { name: 'SG404 halves in two items make the whole rule', text: `${without(2)}- Every API call needs a timeout.\n- Every API call must handle errors.\n` },
  { name: 'SG407 not for a host named in a prohibition, staging hosts, or file names', text: `${GOOD}\nNever call api-m.paypal.com. Use https://api-m.sandbox.paypal.com and read AGENTS.md and config.ts.\n` },
  { name: 'SG408 not for descriptions of production use', text: `${GOOD}\nMade for Brunch in 2012, it is now used in ~30 million repositories and has proven itself in production environments.\n\n- It is used in production by thousands of companies.\n- The adapter connects to production clusters over TLS.\n- Battle-tested in production since 2015.\n` },
  { name: 'SG408 not for negations and the rules themselves', text: `${GOOD}- Never fall back to production, even if staging is down.\n- Never use the live key, even when the test key fails.\n` },
];

const invalid: InvalidRow[] = [
  {
    name: 'SG401 no rules section, on the first line',
    text: '# Agent instructions\n\nRun `npm test` before committing.\n',
    errors: [
      { rule: 'SG401', range: [1, 1, 1, 21], severity: 'warning', message: 'AGENTS.md has no Rules section: add a `## Rules` section with the four staging-only rules (no production APIs, sandbox keys only, error handling and timeouts, audit logging).' },
    ],
    output: `# Agent instructions\n\nRun \`npm test\` before committing.\n\n## Rules\n\n${GOOD.split('## Rules\n')[1]}`,
  },
  {
    name: 'SG401 keeps the file\'s list marker',
    text: '# A\n\n* one\n* two\n',
    errors: [
      { rule: 'SG401', range: [1, 1, 1, 4], severity: 'warning', message: 'AGENTS.md has no Rules section: add a `## Rules` section with the four staging-only rules (no production APIs, sandbox keys only, error handling and timeouts, audit logging).' },
    ],
    output: '# A\n\n* one\n* two\n\n## Rules\n\n* NEVER call production API endpoints from cloud tasks\n* Always use staging/sandbox API keys — never production keys\n* All external API calls must include error handling and timeouts\n* Log all external API calls for audit\n',
  },
  {
    name: 'SG401 on an empty file',
    text: '',
    errors: [
      { rule: 'SG401', range: [1, 1, 1, 1], severity: 'warning', message: 'AGENTS.md has no Rules section: add a `## Rules` section with the four staging-only rules (no production APIs, sandbox keys only, error handling and timeouts, audit logging).' },
    ],
    output: '## Rules\n\n- NEVER call production API endpoints from cloud tasks\n- Always use staging/sandbox API keys — never production keys\n- All external API calls must include error handling and timeouts\n- Log all external API calls for audit\n',
  },
  {
    name: 'SG402 missing, on the heading',
    text: without(0),
    errors: [
      { rule: 'SG402', range: [3, 1, 3, 9], severity: 'warning', message: 'The Rules section has no rule about staying off production APIs: add "NEVER call production API endpoints from cloud tasks".' },
    ],
    output: `# Agent instructions\n\n## Rules\n- Always use staging/sandbox API keys — never production keys\n- All external API calls must include error handling and timeouts\n- Log all external API calls for audit\n- NEVER call production API endpoints from cloud tasks\n`,
  },
  {
    name: 'SG403 missing',
    text: without(1),
    errors: [
      { rule: 'SG403', range: [3, 1, 3, 9], severity: 'warning', message: 'The Rules section has no rule about using staging/sandbox keys only: add "Always use staging/sandbox API keys — never production keys".' },
    ],
    output: '# Agent instructions\n\n## Rules\n- NEVER call production API endpoints from cloud tasks\n- All external API calls must include error handling and timeouts\n- Log all external API calls for audit\n- Always use staging/sandbox API keys — never production keys\n',
  },
  {
    name: 'SG404 missing',
    text: without(2),
    errors: [
      { rule: 'SG404', range: [3, 1, 3, 9], severity: 'warning', message: 'The Rules section has no rule about error handling and timeouts on external API calls: add "All external API calls must include error handling and timeouts".' },
    ],
    output: '# Agent instructions\n\n## Rules\n- NEVER call production API endpoints from cloud tasks\n- Always use staging/sandbox API keys — never production keys\n- Log all external API calls for audit\n- All external API calls must include error handling and timeouts\n',
  },
  {
    name: 'SG405 missing',
    text: without(3),
    errors: [
      { rule: 'SG405', range: [3, 1, 3, 9], severity: 'warning', message: 'The Rules section has no rule about audit logging of external API calls: add "Log all external API calls for audit".' },
    ],
    output: '# Agent instructions\n\n## Rules\n- NEVER call production API endpoints from cloud tasks\n- Always use staging/sandbox API keys — never production keys\n- All external API calls must include error handling and timeouts\n- Log all external API calls for audit\n',
  },
  {
    name: 'SG402–405 all missing: one finding each, on the heading',
    text: '# A\n\n### API access\n\nSome text.\n',
    errors: [
      { rule: 'SG402', range: [3, 1, 3, 15], severity: 'warning', message: 'The Rules section has no rule about staying off production APIs: add "NEVER call production API endpoints from cloud tasks".' },
      { rule: 'SG403', range: [3, 1, 3, 15], severity: 'warning', message: 'The Rules section has no rule about using staging/sandbox keys only: add "Always use staging/sandbox API keys — never production keys".' },
      { rule: 'SG404', range: [3, 1, 3, 15], severity: 'warning', message: 'The Rules section has no rule about error handling and timeouts on external API calls: add "All external API calls must include error handling and timeouts".' },
      { rule: 'SG405', range: [3, 1, 3, 15], severity: 'warning', message: 'The Rules section has no rule about audit logging of external API calls: add "Log all external API calls for audit".' },
    ],
    output: '# A\n\n### API access\n\n- NEVER call production API endpoints from cloud tasks\n\nSome text.\n',
  },
  {
    name: 'several rules headings: findings and fixes go to the API-access one, not "Code style rules"',
    text: '# A\n\n## Code style rules\n\n- Use tabs.\n\n## API access rules\n\n- NEVER call production API endpoints from cloud tasks\n- Always use staging/sandbox API keys — never production keys\n- Log all external API calls for audit\n',
    errors: [
      { rule: 'SG404', range: [7, 1, 7, 20], severity: 'warning', message: 'The Rules section has no rule about error handling and timeouts on external API calls: add "All external API calls must include error handling and timeouts".' },
    ],
    output: '# A\n\n## Code style rules\n\n- Use tabs.\n\n## API access rules\n\n- NEVER call production API endpoints from cloud tasks\n- Always use staging/sandbox API keys — never production keys\n- Log all external API calls for audit\n- All external API calls must include error handling and timeouts\n',
  },
  {
    name: 'SG404 half: timeouts without error handling',
    text: '# A\n\n## Rules\n\n1. NEVER call production API endpoints from cloud tasks\n2. Use sandbox credentials only.\n3. Every outbound HTTP request needs a timeout.\n4. Log all external API calls for audit\n',
    errors: [
      { rule: 'SG404', range: [3, 1, 3, 9], severity: 'warning', message: 'The Rules section asks for a timeout on external API calls but not error handling: every external API call needs both. Add "All external API calls must include error handling and timeouts".' },
    ],
    output: '# A\n\n## Rules\n\n1. NEVER call production API endpoints from cloud tasks\n2. Use sandbox credentials only.\n3. Every outbound HTTP request needs a timeout.\n4. Log all external API calls for audit\n5. All external API calls must include error handling and timeouts\n',
  },
  {
    name: 'SG402 stated outside the section is named',
    text: `# A\n\nNever call production APIs.\n\n## Rules\n${without(0).split('## Rules\n')[1]}`,
    errors: [
      { rule: 'SG402', range: [5, 1, 5, 9], severity: 'warning', message: 'The Rules section has no rule about staying off production APIs: add "NEVER call production API endpoints from cloud tasks". (Line 3 says it outside the Rules section, where it reads as background, not as a rule.)' },
    ],
    output: '# A\n\nNever call production APIs.\n\n## Rules\n- Always use staging/sandbox API keys — never production keys\n- All external API calls must include error handling and timeouts\n- Log all external API calls for audit\n- NEVER call production API endpoints from cloud tasks\n',
  },
  {
    name: 'SG402 fix under a heading with no list keeps the paragraph apart',
    text: '# A\n\n## Rules\nBe careful.\n',
    errors: [
      { rule: 'SG402', range: [3, 1, 3, 9], severity: 'warning', message: 'The Rules section has no rule about staying off production APIs: add "NEVER call production API endpoints from cloud tasks".' },
      { rule: 'SG403', range: [3, 1, 3, 9], severity: 'warning', message: 'The Rules section has no rule about using staging/sandbox keys only: add "Always use staging/sandbox API keys — never production keys".' },
      { rule: 'SG404', range: [3, 1, 3, 9], severity: 'warning', message: 'The Rules section has no rule about error handling and timeouts on external API calls: add "All external API calls must include error handling and timeouts".' },
      { rule: 'SG405', range: [3, 1, 3, 9], severity: 'warning', message: 'The Rules section has no rule about audit logging of external API calls: add "Log all external API calls for audit".' },
    ],
    output: '# A\n\n## Rules\n\n- NEVER call production API endpoints from cloud tasks\nBe careful.\n',
  },
  {
    name: 'SG406 weak wording, on the sentence',
    text: `${without(0)}- Try to avoid production.\n`,
    errors: [
      { rule: 'SG406', range: [7, 3, 7, 27], severity: 'info', message: 'This staging rule is worded as a wish ("Try to"): an agent may trade it for convenience. State it as a rule with "NEVER" or "must".' },
    ],
    output: `${without(0)}- NEVER call production.\n`,
  },
  {
    name: 'SG406 "should" without a firm word',
    text: `${without(2)}- External API calls should have timeouts and error handling.\n`,
    errors: [
      { rule: 'SG406', range: [7, 3, 7, 62], severity: 'info', message: 'This staging rule is worded as a wish ("should"): an agent may trade it for convenience. State it as a rule with "NEVER" or "must".' },
    ],
    output: `${without(2)}- External API calls must have timeouts and error handling.\n`,
  },
  {
    name: 'SG407 production host in a fenced curl example',
    text: `${GOOD}\n\`\`\`bash\ncurl https://api-m.paypal.com/v1/payments\n\`\`\`\n`,
    errors: [
      { rule: 'SG407', range: [10, 14, 10, 30], severity: 'error', message: '`api-m.paypal.com` is a PayPal, Venmo production host, in a code block (an example the agent may run): an agent following AGENTS.md will call production. Use the staging host `api-m.sandbox.paypal.com`.' },
    ],
    output: `${GOOD}\n\`\`\`bash\ncurl https://api-m.sandbox.paypal.com/v1/payments\n\`\`\`\n`,
  },
  {
    name: 'SG407 in a link target and in inline code',
    text: `${GOOD}\nSee [the API](https://api-m.paypal.com/v2) or \`api-m.paypal.com\`.\n`,
    errors: [
      { rule: 'SG407', range: [9, 23, 9, 39], severity: 'error', message: '`api-m.paypal.com` is a PayPal, Venmo production host, in a link target: an agent following AGENTS.md will call production. Use the staging host `api-m.sandbox.paypal.com`.' },
      { rule: 'SG407', range: [9, 48, 9, 64], severity: 'error', message: '`api-m.paypal.com` is a PayPal, Venmo production host, in inline code: an agent following AGENTS.md will call production. Use the staging host `api-m.sandbox.paypal.com`.' },
    ],
    output: '# Agent instructions\n\n## Rules\n- NEVER call production API endpoints from cloud tasks\n- Always use staging/sandbox API keys — never production keys\n- All external API calls must include error handling and timeouts\n- Log all external API calls for audit\n\nSee [the API](https://api-m.sandbox.paypal.com/v2) or `api-m.sandbox.paypal.com`.\n',
  },
  {
    name: 'SG407 in prose',
    text: `${GOOD}\nPayments go through api-m.paypal.com.\n`,
    errors: [
      { rule: 'SG407', range: [9, 21, 9, 37], severity: 'error', message: '`api-m.paypal.com` is a PayPal, Venmo production host, in prose: an agent following AGENTS.md will call production. Use the staging host `api-m.sandbox.paypal.com`.' },
    ],
    output: '# Agent instructions\n\n## Rules\n- NEVER call production API endpoints from cloud tasks\n- Always use staging/sandbox API keys — never production keys\n- All external API calls must include error handling and timeouts\n- Log all external API calls for audit\n\nPayments go through api-m.sandbox.paypal.com.\n',
  },
  {
    name: 'SG407 unknown API host in a URL: warning, derived staging host',
    text: `${GOOD}\nRun \`curl https://api.example.com/v1/ping\`.\n`,
    errors: [
      { rule: 'SG407', range: [9, 19, 9, 34], severity: 'warning', message: '`api.example.com` is an API host with no staging marker, in inline code: an agent following AGENTS.md will call production. Use the staging host `api.staging.example.com` (derived from the name: check that it exists).' },
    ],
    output: `${GOOD}\nRun \`curl https://api.staging.example.com/v1/ping\`.\n`,
  },
  {
    name: 'SG408 fallback to production',
    text: `${GOOD}\nIf staging is down, fall back to production.\n`,
    errors: [
      { rule: 'SG408', range: [9, 1, 9, 45], severity: 'error', message: 'This instruction allows production access or live keys, contradicting the staging-only rules: remove it. When staging is down or a test key fails, the task should stop and report, not switch to production.' },
    ],
    output: GOOD,
  },
  {
    name: 'SG408 live key in a list item',
    text: `${GOOD}- Use the live key if the test key fails.\n`,
    errors: [
      { rule: 'SG408', range: [8, 3, 8, 42], severity: 'error', message: 'This instruction allows production access or live keys, contradicting the staging-only rules: remove it. When staging is down or a test key fails, the task should stop and report, not switch to production.' },
    ],
    output: GOOD,
  },
  {
    name: 'SG408 one sentence of several',
    text: `${GOOD}\nRun tests first. You may call the production API for read-only checks. Then commit.\n`,
    errors: [
      { rule: 'SG408', range: [9, 18, 9, 71], severity: 'error', message: 'This instruction allows production access or live keys, contradicting the staging-only rules: remove it. When staging is down or a test key fails, the task should stop and report, not switch to production.' },
    ],
    output: `${GOOD}\nRun tests first. Then commit.\n`,
  },
  {
    name: 'SG408 grants in the imperative or under a permission still fire',
    text: `${GOOD}\nYou may use production for read-only checks.\n`,
    errors: [
      { rule: 'SG408', range: [9, 1, 9, 45], severity: 'error', message: 'This instruction allows production access or live keys, contradicting the staging-only rules: remove it. When staging is down or a test key fails, the task should stop and report, not switch to production.' },
    ],
    output: GOOD,
  },
];

ruleTester(AGENTS_RULES, { options: AGENTS, afterFix: markdownIntact, valid, invalid });

test('SG407 uses the policy stagingHosts, and the error is lowered to a warning only for name-only evidence', () => {
  const policy = { stagingHosts: { 'api.acme.com': 'api.qa.acme.com' }, productionHosts: [], stagingMarkers: [], rules: {}, files: [], ignore: [] };
  const f = check(`${GOOD}\nCall \`api.acme.com\`.\n`, { ...AGENTS, policy });
  assert.deepEqual(f.map((x) => [x.ruleId, x.severity, x.fixes[0]?.edits[0].newText]), [['SG407', 'error', 'api.qa.acme.com']]);
  const g = check(`${GOOD}\nCall \`https://api.example.com\`.\n`);
  assert.deepEqual(g.map((x) => [x.ruleId, x.severity]), [['SG407', 'warning']]);
});

test('SG407 production twin of a staging host named in the file', () => {
  const f = check(`${GOOD}\nStaging is https://shop.staging.acme.io; production is https://shop.acme.io.\n`);
  assert.deepEqual(positions(f), [['SG407', 9, 64, 9, 76]]);
  assert.match(f[0].message, /production twin of a staging host/);
});

test('SG409 secret: reported, redacted everywhere, replaced by a reference', () => {
  const secret = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
  const text = `${GOOD}\nUse \`${secret}\` for refunds.\n`;
  const f = check(text);
  assert.deepEqual(positions(f), [['SG409', 9, 6, 9, 38]]);
  assert.match(f[0].message, /live Stripe key \(sk_live_…p7dc\)/);
  assert.ok(!JSON.stringify(f).includes(secret), 'the secret must not appear in any output');
  assertFixesWork(text, 'SG409', AGENTS);
  assert.equal(applyEdits(text, f[0].fixes[0].edits), `${GOOD}\nUse \`$STAGING_API_KEY\` for refunds.\n`);
});

test('SG409 URL userinfo: documentation placeholders are not secrets, real-looking values are reported and redacted', () => {
  // placeholder decision documented in server/src/secrets/placeholders.ts
  for (const pw of ['pass', 'password', 'passwd', 'secret', 'changeme', 'example', 'xxx', '***', '<password>', 'your-password', 'PASSWORD_HERE', 'mysecretpassword']) {
    const text = `${GOOD}\nSee uri://user:${pw}@example.com and \`postgres://user:${pw}@localhost/db\`.\n`;
    assert.deepEqual(positions(check(text)), [], pw);
  }
  for (const [pw, end] of [['hunter2', 34], ['password123', 38], ['s3cr3tP4ss', 37], ['p%40ssw0rd', 37]] as const) {
    const text = `${GOOD}\nRun \`psql postgres://user:${pw}@localhost/db\`.\n`;
    const f = check(text);
    assert.deepEqual(positions(f), [['SG409', 9, 27, 9, end]], pw);
    assert.match(f[0].message, /A password in a URL \(\[redacted\]\)/);
    assert.ok(!JSON.stringify(f).includes(pw), 'the secret must not appear in any output');
    assertFixesWork(text, 'SG409', AGENTS);
  }
});

test('suppression comments work in AGENTS.md', () => {
  const text = `${GOOD}\n<!-- sandbox-guard-disable-next-line agents-production-host -- documents what not to do -->\nProduction is api-m.paypal.com.\n`;
  assert.deepEqual(positions(check(text)), []);
});

test('severity overrides and off', () => {
  assert.deepEqual(check(without(0), { ...AGENTS, overrides: { SG402: 'off' } }), []);
  assert.equal(check(without(0), { ...AGENTS, overrides: { 'agents-no-production-rule': 'error' } })[0].severity, 'error');
});

test('CRLF files get CRLF fixes', () => {
  const text = without(3).replace(/\n/g, '\r\n');
  const f = check(text);
  const fixed = applyEdits(text, f[0].fixes[0].edits);
  assert.ok(!/[^\r]\n/.test(fixed), 'every line break stays CRLF');
  assert.deepEqual(check(fixed), []);
});

test('SG407 in a reference definition', () => {
  const text = `${GOOD}\nSee [the API][api].\n\n[api]: https://api-m.paypal.com/v2\n`;
  assert.deepEqual(positions(check(text)), [['SG407', 11, 16, 11, 32]]);
});
