// Property test of unattended fixing (issue 8 §2): over generated task configs (hosts of every class,
// credentials with every field state, flow and block styles, comments, anchors and aliases, block scalars),
// `--fix` leaves a file that parses, changes no key or value that no finding names, loses no comment,
// settles (a second run changes nothing) and adds no finding. The engine path the CLI uses runs every case;
// a subset also runs through the real CLI and the language server's fix-all, which must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Lexer, parseAllDocuments, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { checkText } from '../../server/src/engine/check.js';
import { fixText } from '../../server/src/engine/fixLoop.js';
import type { Finding } from '../../server/src/core/types.js';
import { fixAllText } from '../../server/src/lsp/codeActions.js';
import { defaultSettings } from '../../server/src/lsp/settings.js';
import type { CheckRecord, ServerState } from '../../server/src/lsp/state.js';
import { runCli, tempTree } from '../cli/helpers.js';

const FILE = '/sg-fix-property/task.sandbox.yaml';
const RUNS = 300;
const SEED = 20261204;

// ---- generators -------------------------------------------------------------------------------

const HOSTS = [
  'api.paypal.com', 'api-m.paypal.com', 'api.sandbox.paypal.com', 'api-m.sandbox.paypal.com', 'api.stripe.com',
  'api.staging.acme-payments.com', 'API.staging.acme-payments.com', 'api.staging.acme-payments.com ', 'https://api.paypal.com/v1',
  'api.sandbox.paypal.com.', 'partner-api.example.net', '*.example.com', '169.254.169.254', 'localhost', 'registry.npmjs.org', '',
];
const comment = fc.constantFrom('', '', ' # owner: payments SEC-12', ' # ticket OPS-7', '  # why: webhooks');
const ident = fc.constantFrom('a', 'b', 'c');

/** One allowlist item as written: plain, quoted, a block scalar, maybe anchored, maybe commented. */
const item = fc.record({ host: fc.constantFrom(...HOSTS), style: fc.constantFrom('plain', 'double', 'single', 'literal', 'folded'), comment, anchor: fc.option(ident, { freq: 4 }) });
type Item = { host: string; style: string; comment: string; anchor: string | null };

function scalar(host: string, style: string): string {
  if (style === 'double' || host === '' || host.endsWith(' ') || host.startsWith('*')) return JSON.stringify(host);
  if (style === 'single') return `'${host}'`;
  return host;
}

function blockItems(items: Item[], indent: string): string {
  const used = new Set<string>();
  return items.map((it) => {
    const anchor = it.anchor && !used.has(it.anchor) ? (used.add(it.anchor), `&h${it.anchor} `) : '';
    if ((it.style === 'literal' || it.style === 'folded') && it.host.trim() && !it.host.startsWith('*')) {
      return `${indent}- ${anchor}${it.style === 'literal' ? '|' : '>'}${it.comment}\n${indent}  ${it.host.trim()}\n`;
    }
    return `${indent}- ${anchor}${scalar(it.host, it.style)}${it.comment}\n`;
  }).join('');
}

function flowItems(items: Item[], multiline: boolean, c: string): string {
  const parts = items.map((it) => scalar(it.host, it.style === 'literal' || it.style === 'folded' ? 'plain' : it.style));
  if (!multiline) return `[${parts.join(', ')}]`;
  return `[${parts.slice(0, 1).join('')}${parts.length > 1 ? ',' : ''}${c}\n      ${parts.slice(1).join(', ')}\n    ]`;
}

const credential = fc.record({
  name: fc.constantFrom('STAGING_API_KEY', 'PAYPAL_SANDBOX', 'WEBHOOK_KEY'),
  source: fc.constantFrom('vault', 'aws-secrets-manager', null),
  scope: fc.constantFrom('task', 'pool', 'session', null),
  permissions: fc.constantFrom('read-only', 'read-write', 'admin', null),
  label: fc.constantFrom('sandbox key', '', null, 'ALIAS'),
  rate: fc.boolean(),
  hosts: fc.option(fc.constantFrom('api.paypal.com', 'api.sandbox.paypal.com', 'api.staging.acme-payments.com'), { freq: 2 }),
  style: fc.constantFrom('block', 'block', 'flow', 'flow-multiline'),
  comment,
});
type Cred = typeof credential extends fc.Arbitrary<infer T> ? T : never;

function credentialText(c: Cred): string {
  const fields: [string, string, string][] = [];
  const anchored = c.label === 'ALIAS' && c.permissions !== null;
  if (c.source) fields.push(['source', c.source, '']);
  if (c.scope) fields.push(['scope', c.scope, c.comment]);
  if (c.permissions) fields.push(['permissions', `${anchored ? '&p ' : ''}${c.permissions}`, '']);
  if (c.label !== null && c.label !== 'ALIAS') fields.push(['label', c.label === '' ? '""' : c.label, '']);
  if (anchored) fields.push(['label', '*p', '']);
  if (c.rate) fields.push(['rate_limit', '{requests: 60, per: minute}', '']);
  if (c.hosts) fields.push(['hosts', `[${c.hosts}]`, '']);
  if (c.style === 'block') return `  ${c.name}:\n${fields.map(([k, v, cm]) => `    ${k}: ${v}${cm}\n`).join('')}`;
  const kv = fields.map(([k, v]) => `${k}: ${v}`);
  if (c.style === 'flow') return `  ${c.name}: {${kv.join(', ')}}${c.comment}\n`;
  const half = Math.ceil(kv.length / 2);
  return `  ${c.name}: {${kv.slice(0, half).join(', ')}${kv.length > half ? ',' : ''}${c.comment}\n    ${kv.slice(half).join(', ')}\n  }\n`;
}

const config = fc.record({
  items: fc.array(item, { minLength: 0, maxLength: 5 }),
  listStyle: fc.constantFrom('block', 'block', 'flow', 'flow-multiline'),
  listComment: comment,
  methods: fc.constantFrom(null, '[GET]', '[GET, POST]', 'block'),
  creds: fc.uniqueArray(credential, { maxLength: 2, selector: (c) => c.name }),
  env: fc.option(fc.constantFrom('https://api.paypal.com/v1', 'https://api.sandbox.paypal.com/v1', 'https://api.staging.acme-payments.com'), { freq: 2 }),
  aliasUse: fc.boolean(),
  suppress: fc.boolean(),
  crlf: fc.constantFrom(false, false, false, true),
});

function configText(c: typeof config extends fc.Arbitrary<infer T> ? T : never): string {
  let out = 'version: 1\nname: generated\nnetwork:\n';
  if (c.suppress) out += '  # sandbox-guard-disable-next-line unverified-host -- partner tenant, SEC-142\n';
  const anchors = [...new Set(c.items.filter((i) => i.anchor && c.listStyle === 'block').map((i) => i.anchor!))];
  if (!c.items.length) out += `  allowlist: []${c.listComment}\n`;
  else if (c.listStyle === 'block') out += `  allowlist:${c.listComment}\n${blockItems(c.items, '    ')}`;
  else out += `  allowlist: ${flowItems(c.items, c.listStyle === 'flow-multiline', c.listComment)}\n`;
  if (c.methods === 'block') out += '  methods:\n    - GET # read only\n';
  else if (c.methods) out += `  methods: ${c.methods}\n`;
  if (c.creds.length) out += `credentials:\n${c.creds.map(credentialText).join('')}`;
  if (c.env) out += `env:\n  API_BASE_URL: ${c.env}\n`;
  // an alias of an anchored allowlist entry elsewhere: editing the entry must not silently change it
  if (c.aliasUse && anchors.length) out += `metadata:\n  primary_host: *h${anchors[0]}\n`;
  out += 'max_parallel_tasks: 2\n';
  return c.crlf ? out.replace(/\n/g, '\r\n') : out;
}

// ---- the checks ------------------------------------------------------------------------------

const check = (text: string) => checkText(text, { path: FILE, kind: 'task' }).findings;
const fixEngine = (text: string) => fixText(text, check, { kind: 'task' });

/** Comment texts, from the YAML lexer (independent of the fix loop's own comment check). */
function commentTexts(text: string): { offset: number; text: string }[] {
  const out: { offset: number; text: string }[] = [];
  let offset = 0;
  for (const tok of new Lexer().lex(text)) {
    if (tok.startsWith('#')) out.push({ offset, text: tok.trimEnd() });
    // the lexer's control tokens (document start, scalar, flow end) take no room in the text
    if (!/^[\x02\x18\x1f]$/.test(tok)) offset += tok.length;
  }
  return out;
}

type Path = (string | number)[];

/** The path of the deepest node holding `offset`, and for a finding on a key, the map that key opens. */
function pathAt(doc: Document.Parsed, offset: number): Path {
  const path: Path = [];
  let node = doc.contents as Node | null;
  for (;;) {
    let next: Node | null = null;
    if (isMap(node)) {
      for (const p of node.items) {
        if (!isPair(p)) continue;
        const k = p.key as Node | null;
        const v = p.value as Node | null;
        if (k?.range && k.range[0] <= offset && offset < k.range[1]) return [...path, String((k as { value?: unknown }).value)];
        if (v?.range && v.range[0] <= offset && offset < v.range[1]) {
          path.push(String((k as { value?: unknown }).value));
          next = v;
        }
      }
    } else if (isSeq(node)) {
      // a list with a finding is compared as a whole: removals shift the items after them
      return path;
    }
    if (!next || isScalar(next)) return path;
    node = next;
  }
}

const MASK = '<named by a finding>';

function masked(value: unknown, paths: Path[], here: Path = []): unknown {
  if (paths.some((p) => p.length === here.length && p.every((s, i) => String(s) === String(here[i])))) return MASK;
  if (Array.isArray(value)) return value.map((v, i) => masked(v, paths, [...here, i]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, masked(v, paths, [...here, k])]));
  }
  return value;
}

/** Every key and value outside the paths named by a finding, with credential maps compared by their existing keys. */
function unnamed(text: string, named: Path[]): unknown {
  const docs = parseAllDocuments(text) as Document.Parsed[];
  return docs.map((d) => masked(d.toJS(), named));
}

function countByRule(fs: Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of fs) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return out;
}

let generated = 0;
let changed = 0;
let refused = 0;
let crlf = 0;

function assertFixIsHarmless(text: string): string {
  const before = parseAllDocuments(text) as Document.Parsed[];
  fc.pre(before.every((d) => d.errors.length === 0));
  generated++;
  if (text.includes('\r\n')) crlf++;
  const findings = check(text);
  const out = fixEngine(text);
  const fixed = out.text;
  if (fixed !== text) changed++;
  refused += out.refused.length;
  // 1. it parses
  const after = parseAllDocuments(fixed) as Document.Parsed[];
  assert.deepEqual(after.flatMap((d) => d.errors.map((e) => e.message)), [], `the fixed file does not parse:\n${fixed}`);
  // 2. nothing outside what the findings name changed: the paths of the original findings, the credentials they
  //    name (fields are added), and where a production host was swapped, its other references (credential hosts, env)
  const named: Path[] = [];
  for (const f of findings) {
    const p = pathAt(before[0], f.span.start);
    named.push(p);
    if (p[0] === 'credentials' && p.length === 2) {
      for (const k of ['scope', 'permissions']) named.push([...p, k]);
    }
    if (f.ruleId === 'SG101') named.push(['env'], ['credentials']);
  }
  // the map of a credential that gained fields is compared on the keys it had
  const stripNew = (v: unknown, w: unknown): unknown => {
    if (!v || !w || typeof v !== 'object' || typeof w !== 'object' || Array.isArray(v)) return w;
    const o = w as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).filter((k) => k in (v as object)).map((k) => [k, stripNew((v as Record<string, unknown>)[k], o[k])]));
  };
  const a = unnamed(text, named);
  assert.deepEqual(stripNew(a, unnamed(fixed, named)), a, `a value no finding names changed:\n--- before\n${text}--- after\n${fixed}`);
  // 3. no comment is lost, except a comment a finding is about (an unused suppression)
  const kept = commentTexts(fixed).map((c) => c.text);
  for (const c of commentTexts(text)) {
    const i = kept.indexOf(c.text);
    if (i >= 0) {
      kept.splice(i, 1);
      continue;
    }
    const about = findings.some((f) => f.span.start <= c.offset && c.offset < f.span.end);
    assert.ok(about, `comment "${c.text}" was lost:\n--- before\n${text}--- after\n${fixed}`);
  }
  // 4. it settles: a second run changes nothing
  assert.equal(fixEngine(fixed).text, fixed, `a second --fix changed the file:\n${fixed}`);
  assert.ok(out.stable, `the fixes did not settle:\n${fixed}`);
  // 5. no new problem: never a YAML or schema finding, no more warnings and errors in total, and a rule
  //    reports more than before only on a line --fix wrote (an env URL swapped to a sandbox host that is not
  //    allowlisted: a warning where a production host was an error). Info findings are observations, not counted.
  const serious = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info');
  const left = serious(check(fixed));
  assert.ok(left.length <= serious(findings).length, `--fix left more warnings and errors than it found:\n--- before\n${text}--- after\n${fixed}`);
  const was = countByRule(serious(findings));
  const originalLines = new Set(text.split('\n'));
  const fixedLines = fixed.split('\n');
  const seen: Record<string, number> = {};
  for (const f of left) {
    seen[f.ruleId] = (seen[f.ruleId] ?? 0) + 1;
    if (seen[f.ruleId] <= (was[f.ruleId] ?? 0)) continue;
    const written = !originalLines.has(fixedLines[f.range.start.line]);
    assert.ok(written && f.ruleId !== 'SG001' && f.ruleId !== 'SG002', `--fix added a ${f.ruleId} finding:\n--- before\n${text}--- after\n${fixed}`);
  }
  return fixed;
}

test(`--fix property: ${RUNS} generated task configs are fixed without damage (seed ${SEED})`, () => {
  fc.assert(fc.property(config, (c) => {
    assertFixIsHarmless(configText(c));
  }), { seed: SEED, numRuns: RUNS });
  // the README states these figures
  console.log(`fix property: ${generated} generated configs (${crlf} with CRLF line ends), ${changed} changed by --fix, ${refused} fixes refused as damaging`);
  assert.ok(changed > generated / 2, 'most generated configs should have something to fix');
});

test('--fix property: the real CLI and the language server\'s fix-all write what the engine path computes', () => {
  const settings = defaultSettings();
  const state = { checkOnly: (p: string, text: string) => checkText(text, { path: p, kind: 'task' }) } as unknown as ServerState;
  fc.assert(fc.property(config, (c) => {
    const text = configText(c);
    fc.pre((parseAllDocuments(text) as Document.Parsed[]).every((d) => d.errors.length === 0));
    const engine = fixEngine(text).text;
    const dir = tempTree({ 'task.sandbox.yaml': text, 'AGENTS.md': '# Agents\n' });
    // every other file-level rule as the engine sees it; AGENTS.md cross-file fixes are the CLI's own
    const r = runCli(['check', '--fix', '--format', 'json', '--rule', 'SG501=off', 'task.sandbox.yaml'], { cwd: dir });
    assert.notEqual(r.code, 2, r.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'task.sandbox.yaml'), 'utf8'), engine);
    const rec = { path: FILE, text, kind: 'task', findings: check(text), suppressed: [], uri: 'file:///x', ms: 0 } as CheckRecord;
    assert.equal(fixAllText(state, rec, settings), fixText(text, check, { kind: 'task', crossFile: false }).text);
  }), { seed: SEED, numRuns: 25 });
});
