import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSecretKeyName, isSecretReference } from '../../server/src/secrets/keys.js';
import { isPlaceholderPassword } from '../../server/src/secrets/placeholders.js';

test('secret-like property names', () => {
  for (const n of ['value', 'token', 'secret', 'password', 'key', 'api_key', 'apiKey', 'STRIPE_SECRET_KEY', 'client_secret', 'clientSecret', 'GITHUB_TOKEN', 'db-password', 'passphrase']) {
    assert.equal(isSecretKeyName(n), true, n);
  }
  for (const n of ['ref', 'label', 'source', 'scope', 'permissions', 'hosts', 'key_ref', 'api_key_source', 'KEY_ID', 'token_url', 'TOKEN_LABEL', 'keyboard', 'monkey', 'API_BASE_URL', 'tokens_per_minute']) {
    assert.equal(isSecretKeyName(n), false, n);
  }
});

test('references are not literal secrets', () => {
  for (const v of ['${STRIPE_KEY}', '$STRIPE_KEY', '{{ secrets.KEY }}', '${{ secrets.API_TOKEN }}', '${{ secrets.API_TOKEN || vars.FALLBACK }}', '<your key>', 'vault:secret/x', 'op://vault/item/field', 'arn:aws:secretsmanager:us-east-1:1:secret:x', 'secret/codex/staging', '****', 'changeme', 'vault', 'doppler', '', 'https://auth.staging.example.com/token']) {
    assert.equal(isSecretReference(v), true, v);
  }
  for (const v of ['hunter2', '${{ x }}sk_test_abc}}', 'correct-horse-battery-staple', 'abc123def456', 'https://user:pw@host.example.com']) {
    assert.equal(isSecretReference(v), false, v);
  }
});

test('URL userinfo placeholders: the value only names the slot; any variation may be a real password', () => {
  for (const v of ['pass', 'password', 'PASSWORD', 'passwd', 'pwd', 'secret', 'changeme', 'example', 'xxx', '***', '...', '<password>', '[password]',
    '${DB_PASS}', '$DB_PASS', '{{ pass }}', '%PASS%', 'your-password', 'YOUR_PASSWORD', 'my_secret', 'mysecretpassword', 'password-here']) {
    assert.equal(isPlaceholderPassword(v), true, v);
  }
  for (const v of ['hunter2', 'password123', 'p%40ssw0rd', 'P4ssword', 's3cret', 'secret1', 'correct-horse-battery-staple', 'pw', 'examplepass1']) {
    assert.equal(isPlaceholderPassword(v), false, v);
  }
  // a URL whose userinfo is a placeholder is a reference too (a `password:` property holding a sample DSN)
  assert.equal(isSecretReference('postgres://user:password@localhost/db'), true);
  assert.equal(isSecretReference('postgres://user:hunter2@localhost/db'), false);
});
