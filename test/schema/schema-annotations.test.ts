// Editors (hover, completion) read the schemas' annotations: every property must carry them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMAS, type JsonSchema } from '../../server/src/schema/schemaInfo.js';

/** Every schema node that describes a value (properties, items, additionalProperties, definitions), with its path. */
function walk(s: JsonSchema, path: string, out: [string, JsonSchema][]) {
  out.push([path, s]);
  for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${path}.${k}`, out);
  for (const [k, v] of Object.entries((s.definitions as Record<string, JsonSchema>) ?? {})) walk(v, `#${k}`, out);
  if (s.items && typeof s.items === 'object') walk(s.items, `${path}[]`, out);
  if (s.additionalProperties && typeof s.additionalProperties === 'object' && !s.additionalProperties.$ref) walk(s.additionalProperties, `${path}.*`, out);
  if (s.propertyNames && typeof s.propertyNames === 'object') walk(s.propertyNames as JsonSchema, `${path}<name>`, out);
}

for (const kind of ['task', 'policy'] as const) {
  const nodes: [string, JsonSchema][] = [];
  walk(SCHEMAS[kind], kind, nodes);

  test(`${kind} schema: every node has description and markdownDescription`, () => {
    assert.ok(nodes.length > 10);
    const missing = nodes.filter(([, s]) => !s.$ref && (typeof s.description !== 'string' || !s.description || typeof s.markdownDescription !== 'string' || !s.markdownDescription));
    assert.deepEqual(missing.map(([p]) => p), []);
  });

  test(`${kind} schema: every enum has one enumDescription and markdownEnumDescription per value`, () => {
    const enums = nodes.filter(([, s]) => Array.isArray(s.enum));
    assert.ok(enums.length > 0);
    for (const [p, s] of enums) {
      assert.equal((s.enumDescriptions as string[] | undefined)?.length, s.enum!.length, `${p} enumDescriptions`);
      assert.equal((s.markdownEnumDescriptions as string[] | undefined)?.length, s.enum!.length, `${p} markdownEnumDescriptions`);
    }
  });

  test(`${kind} schema: objects reject unknown keys`, () => {
    const open = nodes.filter(([, s]) => s.type === 'object' && s.properties && s.additionalProperties !== false);
    assert.deepEqual(open.map(([p]) => p), []);
  });
}

test('task schema: whole-block snippets for a credential, a rate_limit and the network', () => {
  const t = SCHEMAS.task as JsonSchema & { definitions: Record<string, JsonSchema> };
  const cred = t.definitions.credential;
  const snippet = (s: JsonSchema) => (s.defaultSnippets as { body: unknown }[] | undefined)?.[0]?.body;
  assert.deepEqual(Object.keys(snippet(cred) as object), ['source', 'ref', 'scope', 'permissions', 'label', 'rate_limit']);
  assert.deepEqual(snippet(cred.properties!.rate_limit), { requests: '^${1:60}', per: 'minute' });
  assert.ok(snippet(t.properties!.network));
  assert.ok(snippet(t.properties!.credentials));
});

test('task schema: draft-07, version const 1, names and limits', () => {
  const t = SCHEMAS.task as JsonSchema & { definitions: Record<string, JsonSchema> };
  assert.equal(t.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(t.properties!.version.const, 1);
  assert.equal(t.properties!.max_parallel_tasks.minimum, 1);
  assert.equal((t.properties!.credentials.propertyNames as JsonSchema).pattern, '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$');
  assert.deepEqual(t.definitions.credential.properties!.rate_limit.properties!.per.enum, ['second', 'minute', 'hour']);
});
