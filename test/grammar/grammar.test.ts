// The sandbox-yaml TextMate grammar: scope assertions (vscode-tmgrammar-test) and parity with plain YAML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = path.resolve(import.meta.dirname, '../..');
const here = path.join(root, 'test/grammar');
const grammarFiles: Record<string, string> = {
  'source.yaml': path.join(here, 'yaml.tmLanguage.json'),
  'source.sandbox-yaml': path.join(root, 'syntaxes/sandbox-yaml.tmLanguage.json'),
};

async function registry(): Promise<vsctm.Registry> {
  const require = createRequire(import.meta.url);
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  return new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => {
      const file = grammarFiles[scope];
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
  });
}

function tokenize(grammar: vsctm.IGrammar, text: string): string[] {
  const out: string[] = [];
  let state = vsctm.INITIAL;
  for (const [i, line] of text.split('\n').entries()) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push(`${i + 1}:${t.startIndex}-${t.endIndex} ${t.scopes.slice(1).join(' ')}`);
    state = r.ruleStack;
  }
  return out;
}

test('scope assertions in test/grammar/*.sandbox.yaml pass (vscode-tmgrammar-test)', () => {
  const cases = fs.readdirSync(here).filter((f) => f.endsWith('.sandbox.yaml'));
  assert.ok(cases.length > 0, 'grammar test cases exist');
  const bin = path.join(root, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
  const r = spawnSync(process.execPath, [bin, '-g', grammarFiles['source.yaml'], '-g', grammarFiles['source.sandbox-yaml'],
    ...cases.map((c) => path.join('test/grammar', c))], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  for (const c of cases) assert.match(r.stdout, new RegExp(`✓ .*${c.replace(/\./g, '\\.')}`));
});

test('plain YAML is tokenized exactly as by the YAML grammar (highlighting at least as good as YAML)', async () => {
  const reg = await registry();
  const yaml = await reg.loadGrammar('source.yaml');
  const sandbox = await reg.loadGrammar('source.sandbox-yaml');
  assert.ok(yaml && sandbox);
  const text = fs.readFileSync(path.join(here, 'plain.yaml'), 'utf8');
  const expected = tokenize(yaml, text);
  assert.ok(expected.length > 100, 'the sample exercises the YAML grammar');
  assert.deepEqual(tokenize(sandbox, text), expected);
});

test('host lists and credentials keep YAML scopes on everything that is not a host or a credential name', async () => {
  const reg = await registry();
  const yaml = (await reg.loadGrammar('source.yaml'))!;
  const sandbox = (await reg.loadGrammar('source.sandbox-yaml'))!;
  const text = 'credentials:\n  API_KEY:\n    source: vault\n    description: |\n      hosts:\n        - not.a.host.list\n    scope: task\nnetwork:\n  allowlist:\n  - api.staging.example.com\n  methods: [GET]\n';
  const ours = tokenize(sandbox, text);
  // the block scalar's content is text, not a host list
  assert.ok(ours.some((t) => t.startsWith('6:') && t.includes('string.unquoted.block.yaml') && !t.includes('meta.host.sandbox-yaml')), ours.join('\n'));
  // a compact sequence (dash at the key's indentation) is still a host list
  assert.ok(ours.some((t) => t.startsWith('10:4-27') && t.includes('meta.host.sandbox-yaml')), ours.join('\n'));
  // the allowlist ends at the next key: `methods` is a plain YAML key again
  const methods = (s: string[]) => s.filter((t) => t.startsWith('11:')).map((t) => t.replace(/meta\.[\w.-]+sandbox-yaml ?/g, '').trim());
  assert.deepEqual(methods(ours), methods(tokenize(yaml, text)));
});
