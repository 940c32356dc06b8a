import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../../server/src/secrets/redact.js';

const j = (...p: string[]) => p.join('');

test('redact: known prefix and the last 4 characters', () => {
  assert.equal(redact(j('sk_live_', '4eC39HqLyjWDarjtT1zd9f2c')), 'sk_live_…9f2c');
  assert.equal(redact(j('SG.', 'a'.repeat(60), 'wxyz')), 'SG.…wxyz');
  assert.equal(redact(j('ghp_', 'A'.repeat(32), '1234')), 'ghp_…1234');
  assert.equal(redact(j('klarna_live_api_', 'Zm9vYmFyYmF6cXV4YmF6')), 'klarna_live_api_…YmF6');
});

test('redact: unknown formats show only the tail', () => {
  assert.equal(redact('correct-horse-battery-staple'), '…aple');
});

test('redact: short secrets show less, very short ones nothing', () => {
  assert.equal(redact('hunter2hunter'), '…er');
  assert.equal(redact('hunter2'), '[redacted]');
  assert.equal(redact(j('sk_live_', 'abcdefghijkl')), 'sk_live_…kl');
  assert.equal(redact(j('sk_live_', 'abcdefgh')), 'sk_live_…');
  assert.equal(redact(''), '[redacted]');
});

test('redact: at most 4 characters beyond the public prefix, never a fifth of the rest', () => {
  for (const s of ['abcdefghijklmnopqrstuvwxyz', j('sk_test_', 'x'.repeat(8)), j('xoxb-', '1'.repeat(20)), 'aaaaaaaaaaaa', 'a', j('SG.', 'b'.repeat(66))]) {
    const r = redact(s);
    const tail = r === '[redacted]' ? '' : r.slice(r.indexOf('…') + 1);
    const prefix = r === '[redacted]' ? '' : r.slice(0, r.indexOf('…'));
    assert.ok(tail.length <= 4 && tail.length <= (s.length - prefix.length) / 5, `${s}: ${r}`);
  }
});

test('redact: private keys show only their kind', () => {
  assert.equal(redact('-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----'), '-----BEGIN … PRIVATE KEY-----');
});
