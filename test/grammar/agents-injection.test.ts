// The AGENTS.md injection grammars: NEVER / MUST NOT / ALWAYS / MUST highlighted inside `## Rules` only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = path.resolve(import.meta.dirname, '../..');
const files: Record<string, string> = {
  'text.html.markdown': path.join(root, 'test/grammar/markdown.tmLanguage.json'),
  'markdown.sandbox-guard.rules-section': path.join(root, 'syntaxes/agents-rules-section.injection.tmLanguage.json'),
  'markdown.sandbox-guard.rules-keywords': path.join(root, 'syntaxes/agents-rules-keywords.injection.tmLanguage.json'),
};
const INJECTIONS = ['markdown.sandbox-guard.rules-section', 'markdown.sandbox-guard.rules-keywords'];

async function grammar(withInjections: boolean): Promise<vsctm.IGrammar> {
  const require = createRequire(import.meta.url);
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer).catch(() => undefined);
  const reg = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (files[scope] ? vsctm.parseRawGrammar(fs.readFileSync(files[scope], 'utf8'), files[scope]) : null),
    getInjections: (scope) => (withInjections && scope === 'text.html.markdown' ? INJECTIONS : undefined),
  });
  const g = await reg.loadGrammar('text.html.markdown');
  assert.ok(g);
  return g;
}

/** word -> scopes of its first token, per 1-based line */
function scopesOf(g: vsctm.IGrammar, text: string): { line: number; text: string; scopes: string[] }[] {
  const out: { line: number; text: string; scopes: string[] }[] = [];
  let state = vsctm.INITIAL;
  text.split('\n').forEach((line, i) => {
    const r = g.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ line: i + 1, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  });
  return out;
}

const keywordTokens = (toks: ReturnType<typeof scopesOf>) => toks
  .filter((t) => t.scopes.some((s) => s.startsWith('keyword.other.rule.')))
  .map((t) => `${t.line} ${t.text} ${t.scopes.find((s) => s.startsWith('keyword.other.rule.'))}`);

test('NEVER/MUST NOT and ALWAYS/MUST are marked in the Rules section (and its subsections) only, never in code', async () => {
  const toks = scopesOf(await grammar(true), fs.readFileSync(path.join(root, 'test/grammar/agents-rules.md'), 'utf8'));
  assert.deepEqual(keywordTokens(toks), [
    '7 NEVER keyword.other.rule.prohibition.sandbox-guard',
    '8 Always keyword.other.rule.obligation.sandbox-guard',
    '8 MUST NOT keyword.other.rule.prohibition.sandbox-guard',
    '9 must keyword.other.rule.obligation.sandbox-guard',
    '13 MUST keyword.other.rule.obligation.sandbox-guard',
  ]);
  const heading = toks.filter((t) => t.line === 5);
  assert.ok(heading.every((t) => t.scopes.includes('markup.heading.markdown')), JSON.stringify(heading));
  const listItem = toks.find((t) => t.line === 7 && t.text.includes('call production'));
  assert.ok(listItem?.scopes.includes('markup.list.unnumbered.markdown'), `still a Markdown list: ${JSON.stringify(listItem)}`);
  const code = toks.find((t) => t.line === 9 && t.text === 'NEVER');
  assert.ok(code?.scopes.some((s) => s.startsWith('markup.inline.raw')), JSON.stringify(code));
});

test('Markdown without a Rules section is tokenized exactly as without the injections', async () => {
  const text = '# Notes\n\n- Never say never.\n- MUST is just a word here.\n\n```yaml\nkey: NEVER\n```\n';
  const strip = (toks: ReturnType<typeof scopesOf>) => toks.map((t) => `${t.line} ${t.text} ${t.scopes.join(' ')}`);
  assert.deepEqual(strip(scopesOf(await grammar(true), text)), strip(scopesOf(await grammar(false), text)));
});
