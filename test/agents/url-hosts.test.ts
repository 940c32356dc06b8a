// URLs in AGENTS.md are read as the agent's HTTP client reads them (WHATWG), with the host's exact span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { positions } from '../helpers/fixes.js';
import { check, GOOD } from './helpers.js';

const rows: [string, string][] = [
  // value in a fenced curl example, the production host as written
  ['https://api-m.paypal.com\\@api-m.sandbox.paypal.com/v1', 'api-m.paypal.com'],
  ['https://api-m%2Epaypal%2Ecom/v1', 'api-m%2Epaypal%2Ecom'],
  ['https://svc:x@API-M.PayPal.com:443/v1', 'API-M.PayPal.com'],
  ['https:api-m.paypal.com/v1', 'api-m.paypal.com'],
];

for (const [url, host] of rows) {
  test(`SG407 on the host the client reaches: ${url}`, () => {
    const text = `${GOOD}\n\`\`\`bash\ncurl ${url}\n\`\`\`\n`;
    const col = 'curl '.length + url.indexOf(host) + 1;
    assert.deepEqual(positions(check(text), 'SG407'), [['SG407', 10, col, 10, col + host.length]]);
    assert.match(check(text).find((f) => f.ruleId === 'SG407')!.message, /`api-m\.paypal\.com`/);
  });
}

test('SG407 on a percent-encoded host in prose, at the host as written', () => {
  const text = `${GOOD}\nPayments go through https://api-m%2Epaypal%2Ecom/v2 in this repo.\n`;
  const col = 'Payments go through https://'.length + 1;
  assert.deepEqual(positions(check(text), 'SG407'), [['SG407', 9, col, 9, col + 'api-m%2Epaypal%2Ecom'.length]]);
});
