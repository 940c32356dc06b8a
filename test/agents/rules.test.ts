// Table tests for the AGENTS.md rules SG401–SG409: exact ranges, messages, and every fix applied and re-checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/applyEdits.js';
import { assertFixesWork, positions } from '../helpers/fixes.js';
import { AGENTS, GOOD, assertMarkdownIntact, check, without } from './helpers.js';

type Pos = [string, number, number, number, number];
interface Case { name: string; text: string; want: Pos[]; message?: RegExp; fixed?: string }

const cases: Case[] = [
  { name: 'the source document\'s four rules: clean', text: GOOD, want: [] },
  { name: 'rules by meaning, not exact text: clean', text: '# A\n\n## Rules\n\n- Do not hit prod APIs from cloud runs.\n- Use sandbox credentials only.\n- Every outbound HTTP request needs a timeout and error handling.\n- Audit-log each third-party API call.\n', want: [] },
  { name: 'SG401 no rules section, on the first line', text: '# Agent instructions\n\nRun `npm test` before committing.\n', want: [['SG401', 1, 1, 1, 21]], message: /no Rules section/,
    fixed: `# Agent instructions\n\nRun \`npm test\` before committing.\n\n## Rules\n\n${GOOD.split('## Rules\n')[1]}` },
  { name: 'SG401 keeps the file\'s list marker', text: '# A\n\n* one\n* two\n', want: [['SG401', 1, 1, 1, 4]],
    fixed: '# A\n\n* one\n* two\n\n## Rules\n\n* NEVER call production API endpoints from cloud tasks\n* Always use staging/sandbox API keys — never production keys\n* All external API calls must include error handling and timeouts\n* Log all external API calls for audit\n' },
  { name: 'SG401 on an empty file', text: '', want: [['SG401', 1, 1, 1, 1]] },
  { name: 'SG402 missing, on the heading', text: without(0), want: [['SG402', 3, 1, 3, 9]], message: /no rule about staying off production APIs: add "NEVER call production API endpoints from cloud tasks"/,
    fixed: `# Agent instructions\n\n## Rules\n- Always use staging/sandbox API keys — never production keys\n- All external API calls must include error handling and timeouts\n- Log all external API calls for audit\n- NEVER call production API endpoints from cloud tasks\n` },
  { name: 'SG403 missing', text: without(1), want: [['SG403', 3, 1, 3, 9]], message: /staging\/sandbox keys only/ },
  { name: 'SG404 missing', text: without(2), want: [['SG404', 3, 1, 3, 9]], message: /error handling and timeouts/ },
  { name: 'SG405 missing', text: without(3), want: [['SG405', 3, 1, 3, 9]], message: /audit logging/ },
  { name: 'SG402–405 all missing: one finding each, on the heading', text: '# A\n\n### API access\n\nSome text.\n', want: [['SG402', 3, 1, 3, 15], ['SG403', 3, 1, 3, 15], ['SG404', 3, 1, 3, 15], ['SG405', 3, 1, 3, 15]] },
  { name: 'several rules headings: findings and fixes go to the API-access one, not "Code style rules"', text: '# A\n\n## Code style rules\n\n- Use tabs.\n\n## API access rules\n\n- NEVER call production API endpoints from cloud tasks\n- Always use staging/sandbox API keys — never production keys\n- Log all external API calls for audit\n',
    want: [['SG404', 7, 1, 7, 20]],
    fixed: '# A\n\n## Code style rules\n\n- Use tabs.\n\n## API access rules\n\n- NEVER call production API endpoints from cloud tasks\n- Always use staging/sandbox API keys — never production keys\n- Log all external API calls for audit\n- All external API calls must include error handling and timeouts\n' },
  { name: 'SG404 half: timeouts without error handling', text: '# A\n\n## Rules\n\n1. NEVER call production API endpoints from cloud tasks\n2. Use sandbox credentials only.\n3. Every outbound HTTP request needs a timeout.\n4. Log all external API calls for audit\n', want: [['SG404', 3, 1, 3, 9]],
    message: /asks for a timeout on external API calls but not error handling/,
    fixed: '# A\n\n## Rules\n\n1. NEVER call production API endpoints from cloud tasks\n2. Use sandbox credentials only.\n3. Every outbound HTTP request needs a timeout.\n4. Log all external API calls for audit\n5. All external API calls must include error handling and timeouts\n' },
  { name: 'SG404 halves in two items make the whole rule', text: `${without(2)}- Every API call needs a timeout.\n- Every API call must handle errors.\n`, want: [] },
  { name: 'SG402 stated outside the section is named', text: `# A\n\nNever call production APIs.\n\n## Rules\n${without(0).split('## Rules\n')[1]}`, want: [['SG402', 5, 1, 5, 9]], message: /Line 3 says it outside the Rules section/ },
  { name: 'SG402 fix under a heading with no list keeps the paragraph apart', text: '# A\n\n## Rules\nBe careful.\n', want: [['SG402', 3, 1, 3, 9], ['SG403', 3, 1, 3, 9], ['SG404', 3, 1, 3, 9], ['SG405', 3, 1, 3, 9]] },
  { name: 'SG406 weak wording, on the sentence', text: `${without(0)}- Try to avoid production.\n`, want: [['SG406', 7, 3, 7, 27]], message: /worded as a wish \("Try to"\)/,
    fixed: `${without(0)}- NEVER call production.\n` },
  { name: 'SG406 "should" without a firm word', text: `${without(2)}- External API calls should have timeouts and error handling.\n`, want: [['SG406', 7, 3, 7, 62]], message: /"should"/,
    fixed: `${without(2)}- External API calls must have timeouts and error handling.\n` },
  { name: 'SG407 production host in a fenced curl example', text: `${GOOD}\n\`\`\`bash\ncurl https://api-m.paypal.com/v1/payments\n\`\`\`\n`, want: [['SG407', 10, 14, 10, 30]], message: /`api-m\.paypal\.com` is a PayPal.* production host, in a code block.*Use the staging host `api-m\.sandbox\.paypal\.com`/,
    fixed: `${GOOD}\n\`\`\`bash\ncurl https://api-m.sandbox.paypal.com/v1/payments\n\`\`\`\n` },
  { name: 'SG407 in a link target and in inline code', text: `${GOOD}\nSee [the API](https://api-m.paypal.com/v2) or \`api-m.paypal.com\`.\n`, want: [['SG407', 9, 23, 9, 39], ['SG407', 9, 48, 9, 64]] },
  { name: 'SG407 in prose', text: `${GOOD}\nPayments go through api-m.paypal.com.\n`, want: [['SG407', 9, 21, 9, 37]], message: /in prose/ },
  { name: 'SG407 unknown API host in a URL: warning, derived staging host', text: `${GOOD}\nRun \`curl https://api.example.com/v1/ping\`.\n`, want: [['SG407', 9, 19, 9, 34]],
    fixed: `${GOOD}\nRun \`curl https://api.staging.example.com/v1/ping\`.\n` },
  { name: 'SG407 not for a host named in a prohibition, staging hosts, or file names', text: `${GOOD}\nNever call api-m.paypal.com. Use https://api-m.sandbox.paypal.com and read AGENTS.md and config.ts.\n`, want: [] },
  { name: 'SG408 fallback to production', text: `${GOOD}\nIf staging is down, fall back to production.\n`, want: [['SG408', 9, 1, 9, 45]], message: /allows production access or live keys/, fixed: GOOD },
  { name: 'SG408 live key in a list item', text: `${GOOD}- Use the live key if the test key fails.\n`, want: [['SG408', 8, 3, 8, 42]], fixed: GOOD },
  { name: 'SG408 one sentence of several', text: `${GOOD}\nRun tests first. You may call the production API for read-only checks. Then commit.\n`, want: [['SG408', 9, 18, 9, 71]],
    fixed: `${GOOD}\nRun tests first. Then commit.\n` },
  { name: 'SG408 grants in the imperative or under a permission still fire', text: `${GOOD}\nYou may use production for read-only checks.\n`, want: [['SG408', 9, 1, 9, 45]], fixed: GOOD },
  // README prose in node_modules: the indicative describes a thing's history or usage, it grants the agent nothing
  { name: 'SG408 not for descriptions of production use', text: `${GOOD}\nMade for Brunch in 2012, it is now used in ~30 million repositories and has proven itself in production environments.\n\n- It is used in production by thousands of companies.\n- The adapter connects to production clusters over TLS.\n- Battle-tested in production since 2015.\n`, want: [] },
  { name: 'SG408 not for negations and the rules themselves', text: `${GOOD}- Never fall back to production, even if staging is down.\n- Never use the live key, even when the test key fails.\n`, want: [] },
];

for (const c of cases) {
  test(c.name, () => {
    const findings = check(c.text);
    assert.deepEqual(positions(findings), c.want);
    if (c.message) assert.match(findings[0].message, c.message);
    for (const f of findings) assert.match(f.docsUrl, new RegExp(`/docs/rules/${f.ruleName}\\.md$`));
    if (c.want.length) {
      const fixable = [...new Set(findings.filter((f) => f.fixes.length).map((f) => f.ruleId))];
      for (const id of fixable) assertFixesWork(c.text, id, AGENTS);
      for (const f of findings) for (const fix of f.fixes) assertMarkdownIntact(c.text, applyEdits(c.text, fix.edits), f.ruleId === 'SG408' ? 1 : 0);
    }
    if (c.fixed !== undefined) {
      const fix = findings[0].fixes.find((x) => x.preferred) ?? findings[0].fixes[0];
      assert.equal(applyEdits(c.text, fix.edits), c.fixed);
    }
  });
}

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
