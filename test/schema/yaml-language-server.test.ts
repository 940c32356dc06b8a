// The schemas also drive yaml-language-server (the editor's hover/completion/validation for plain YAML):
// it must load them and use their descriptions, enums and snippets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';

const root = path.resolve(import.meta.dirname, '../..');

async function service(schemaFile: string, fileMatch: string) {
  const yls = await import('yaml-language-server');
  const uri = pathToFileURL(path.join(root, schemaFile)).href;
  const ls = yls.getLanguageService({
    schemaRequestService: async (u: string) => fs.readFileSync(new URL(u), 'utf8'),
    workspaceContext: { resolveRelativePath: (rel: string, res: string) => new URL(rel, res).href },
  });
  ls.configure({ validate: true, hover: true, completion: true, schemas: [{ uri, fileMatch: [fileMatch] }] });
  return ls;
}

const doc = (name: string, text: string) => TextDocument.create(`file:///ws/${name}`, 'yaml', 1, text);

test('yaml-language-server validates a task config with the schema', async () => {
  const ls = await service('schemas/sandbox-task.schema.json', '*.sandbox.yaml');
  const diags = await ls.doValidation(doc('a.sandbox.yaml', 'network:\n  allowlst: []\ncredentials:\n  bad_name:\n    source: vault\n    permissions: readonly\n'), false);
  const messages = diags.map((d) => d.message).join('\n');
  assert.match(messages, /allowlst/);
  assert.match(messages, /UPPER_SNAKE_CASE/); // our patternErrorMessage
  assert.match(messages, /read-only/);
});

test('yaml-language-server hover shows markdownDescription; completion offers enums and snippets', async () => {
  const ls = await service('schemas/sandbox-task.schema.json', '*.sandbox.yaml');
  const text = 'credentials:\n  STAGING_API_KEY:\n    scope: task\n    permissions: \n';
  const d = doc('b.sandbox.yaml', text);
  const hover = await ls.doHover(d, { line: 2, character: 6 });
  assert.match(JSON.stringify(hover?.contents), /How long the credential lives/);
  const completion = await ls.doComplete(d, { line: 3, character: 17 }, false);
  assert.deepEqual(completion.items.map((i) => i.label).filter((l) => ['read-only', 'read-write', 'admin'].includes(l)).sort(), ['admin', 'read-only', 'read-write']);
  const top = await ls.doComplete(doc('c.sandbox.yaml', 'credentials:\n  \n'), { line: 1, character: 2 }, false);
  assert.ok(top.items.some((i) => i.label === 'staging credential'), top.items.map((i) => i.label).join(', '));
});

test('yaml-language-server validates a policy file with the policy schema', async () => {
  const ls = await service('schemas/sandbox-guard-policy.schema.json', '.sandbox-guard.yaml');
  const diags = await ls.doValidation(doc('.sandbox-guard.yaml', 'productionHosts: ["^api\\\\..*$"]\nrules: {SG002: of}\n'), false);
  const messages = diags.map((d) => d.message).join('\n');
  assert.match(messages, /regular expressions are not supported/);
  assert.match(messages, /off/);
});
