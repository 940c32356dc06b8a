// GitHub Copilot coding agent's setup steps (`.github/workflows/copilot-setup-steps.yml`) read into the shared
// settings model: the hosts of an exported `COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS` (with edits that keep
// the comma list intact) and the `env` maps, plus what the Copilot rules read: the setup job, its `runs-on`,
// `permissions`, steps, `${{ secrets.* }}` references and `run` scripts. YAML through core/yamlSource.ts
// (preflight limits, alias-bomb cap, duplicate keys), so hostile input is a finding, never a hang.
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Span, TextEdit } from '../../core/types.js';
import { documentValue, MAX_ALIAS_COUNT, nodeSpan, parseYaml, preflight, scalarInnerSpan } from '../../core/yamlSource.js';
import type { SettingsEnv, SettingsHost, SettingsModel, SettingsProblem, SettingsValue } from '../settings/model.js';

/** The job Copilot runs before the agent starts; any other name is ignored by Copilot. */
export const SETUP_JOB = 'copilot-setup-steps';
/** The variable a team may export with the firewall's extra hosts (comma-separated). */
export const ALLOW_LIST_VAR = 'COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS';
/** The older switch of the agent's firewall, as a team may export it. */
export const FIREWALL_VAR = 'COPILOT_AGENT_FIREWALL_ENABLED';

/** A string value with where it sits: the span of its text in the file (exact when it maps one to one). */
export interface StringAt {
  value: string;
  /** the scalar's whole range (quotes included) */
  nodeSpan: Span;
  /** the text of the value inside quotes / the block header */
  inner: Span;
  /** `text.slice(inner)` is exactly `value` (no escapes, folding or indentation in between) */
  exact: boolean;
  /** `jobs.copilot-setup-steps.steps[1].env.API_URL`, as a user reads it */
  where: string;
}

/** `${{ secrets.NAME }}` in an `env`, `with` or `run` value. */
export interface SecretRef {
  name: string;
  /** span of `secrets.NAME` in the file */
  span: Span;
  /** the value that holds it */
  in: StringAt;
}

export interface Permission {
  /** `permissions` (workflow) or `jobs.copilot-setup-steps.permissions` */
  where: string;
  keySpan: Span;
  /** `write-all` / `read-all` written as the whole value */
  all?: { value: string; span: Span };
  scopes: { name: string; nameSpan: Span; value: string; valueSpan: Span }[];
}

export interface SetupJob {
  name: string;
  keySpan: Span;
  node: YAMLMap;
  /** named `copilot-setup-steps` (else the only job of a misnamed file, read so its other findings still show) */
  named: boolean;
}

export interface CopilotWorkflow {
  /** the `jobs` key, when present */
  jobsKey?: Span;
  /** every job key in the file */
  jobNames: { name: string; span: Span }[];
  job?: SetupJob;
  /** `runs-on` labels of the setup job (a scalar, a list, or `labels:` of a map) */
  runsOn?: { keySpan: Span; labels: { value: string; span: Span }[]; valueSpan: Span };
  /** workflow-level and job-level `permissions` */
  permissions: Permission[];
  /** steps' `run` scripts */
  runs: StringAt[];
  secretRefs: SecretRef[];
  /** `COPILOT_AGENT_FIREWALL_ENABLED` wherever an `env` map sets it */
  firewall: StringAt[];
  /** where a `permissions` key can be inserted into the job: the start of its first key's line, and its indentation */
  jobInsert?: { at: number; indent: string };
}

export interface CopilotModel extends SettingsModel {
  format: 'copilot';
  /** false when the input was refused (too large, too deep, an alias bomb): only SG003 runs */
  parsed: boolean;
  workflow: CopilotWorkflow;
}

const span = (n: Node | null | undefined): Span => nodeSpan(n) ?? { start: 0, end: 0 };

/** A node's span up to its last character: a block collection's range runs into the next line. */
function trimmed(text: string, n: Node | null | undefined): Span {
  const s = span(n);
  return { start: s.start, end: s.start + text.slice(s.start, s.end).trimEnd().length };
}

function stringAt(text: string, node: unknown, where: string): StringAt | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const inner = scalarInnerSpan(node as Scalar, text);
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const value = node.value;
  let bare = value.length;
  if (block) while (bare > 0 && value[bare - 1] === '\n') bare--;
  const exact = text.slice(inner.start, inner.end) === value.slice(0, bare);
  return { value, nodeSpan: { start: node.range[0], end: node.range[1] }, inner, exact, where };
}

/** A plain `false` / `true` read as its text (an env value is a string to the runner). */
function boolAt(node: unknown, where: string): StringAt | undefined {
  if (!isScalar(node) || typeof node.value !== 'boolean' || !node.range) return undefined;
  const s = { start: node.range[0], end: node.range[1] };
  return { value: String(node.value), nodeSpan: s, inner: s, exact: false, where };
}

function pairsOf(node: unknown): Pair[] {
  return isMap(node) ? node.items.filter((p): p is Pair => isPair(p)) : [];
}

function keyOf(p: Pair): string | undefined {
  return isScalar(p.key) && (typeof p.key.value === 'string' || typeof p.key.value === 'number') ? String(p.key.value) : undefined;
}

function pairNamed(node: unknown, name: string): Pair | undefined {
  return pairsOf(node).find((p) => keyOf(p) === name);
}

/** The bodies of `${{ … }}` expressions with their offsets: indexOf scans, linear however many `${{` never close. */
function expressions(raw: string): { body: string; at: number }[] {
  const out: { body: string; at: number }[] = [];
  for (let open = raw.indexOf('${{'); open >= 0; open = raw.indexOf('${{', open + 3)) {
    const close = raw.indexOf('}}', open + 3);
    if (close < 0) break;
    out.push({ body: raw.slice(open + 3, close), at: open + 3 });
    open = close - 1;
  }
  return out;
}
// `secrets.NAME` or `secrets['NAME']` inside an expression
const SECRET_IN_EXPR = /\bsecrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_-]*)|\[\s*'([^'\n]{1,200})'\s*\])/g;

/** `${{ secrets.NAME }}` references in a value, located in the file's text. */
function secretRefsIn(text: string, s: StringAt): SecretRef[] {
  const out: SecretRef[] = [];
  // the raw source: an expression is never split by YAML escapes in practice; offsets are then exact
  const raw = text.slice(s.nodeSpan.start, s.nodeSpan.end);
  for (const e of expressions(raw)) {
    for (const m of e.body.matchAll(SECRET_IN_EXPR)) {
      const start = s.nodeSpan.start + e.at + m.index!;
      out.push({ name: m[1] ?? m[2], span: { start, end: start + m[0].length }, in: s });
    }
  }
  return out;
}

/** One comma-separated entry of the allow list, trimmed, with its offset in the value. */
interface ListEntry {
  text: string;
  start: number;
  end: number;
}

function listEntries(value: string): ListEntry[] {
  const out: ListEntry[] = [];
  let from = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i < value.length && value[i] !== ',') continue;
    let a = from;
    let b = i;
    while (a < b && /\s/.test(value[a])) a++;
    while (b > a && /\s/.test(value[b - 1])) b--;
    if (a < b) out.push({ text: value.slice(a, b), start: a, end: b });
    from = i + 1;
  }
  return out;
}

/** The allow-list variable's hosts: exact spans and per-entry edits when the scalar maps one to one, else whole-value rewrites. */
function allowListHosts(text: string, s: StringAt, where: string): SettingsHost[] {
  const entries = listEntries(s.value);
  const rewrite = (list: string[]): TextEdit[] => {
    const v = JSON.stringify(list.join(','));
    const tail = text.slice(s.nodeSpan.start, s.nodeSpan.end).endsWith('\n') ? '\n' : '';
    return [{ ...s.nodeSpan, newText: v + tail }];
  };
  return entries.flatMap((e, i): SettingsHost[] => {
    // an expression (`${{ vars.EXTRA_HOSTS }}`) is filled in by the runner: nothing to check here
    if (e.text.includes('${{')) return [];
    const sp = s.exact ? { start: s.inner.start + e.start, end: s.inner.start + e.end } : s.nodeSpan;
    const others = entries.map((x) => x.text);
    return [{
      text: e.text,
      span: sp,
      where,
      effect: 'allow',
      replace(host: string): TextEdit[] {
        if (s.exact) return [{ ...sp, newText: host }];
        return rewrite(others.map((x, j) => (j === i ? host : x)));
      },
      remove(): TextEdit[] {
        if (!s.exact || entries.length === 1) {
          const rest = others.filter((_, j) => j !== i);
          return rest.length ? rewrite(rest) : [{ ...s.nodeSpan, newText: '""' }];
        }
        const base = s.inner.start;
        // the entry and one comma beside it, so the list stays `a,b`
        if (i + 1 < entries.length) return [{ start: base + e.start, end: base + entries[i + 1].start, newText: '' }];
        return [{ start: base + entries[i - 1].end, end: base + e.end, newText: '' }];
      },
    }];
  });
}

interface EnvRead {
  firewall: StringAt[];
  env: SettingsEnv[];
  hosts: SettingsHost[];
  values: StringAt[];
}

/** An `env` map: its variables, and the allow-list hosts when the variable is set there. */
function readEnv(text: string, node: unknown, where: string, out: EnvRead): void {
  for (const p of pairsOf(node)) {
    const name = keyOf(p);
    if (name === undefined) continue;
    const s = stringAt(text, p.value, `${where}.${name}`);
    if (name === FIREWALL_VAR) {
      const v = s ?? boolAt(p.value, `${where}.${name}`);
      if (v) out.firewall.push(v);
      continue;
    }
    if (name === ALLOW_LIST_VAR) {
      // a firewall setting, not an endpoint the commands call: its hosts are the model's hosts
      if (s) out.hosts.push(...allowListHosts(text, s, `\`${ALLOW_LIST_VAR}\` of \`${where}\``));
      continue;
    }
    out.env.push({ name, nameSpan: span(p.key as Node), value: s?.value, valueSpan: s ? (s.exact ? s.inner : s.nodeSpan) : nodeSpan(p.value as Node), where: `\`${where}\`` });
    if (!s) continue;
    out.values.push(s);
  }
}

function readPermissions(node: Pair | undefined, where: string): Permission | undefined {
  if (!node) return undefined;
  const keySpan = span(node.key as Node);
  const v = node.value;
  if (isScalar(v) && typeof v.value === 'string') return { where, keySpan, all: { value: v.value, span: span(v) }, scopes: [] };
  return {
    where,
    keySpan,
    scopes: pairsOf(v).flatMap((p) => {
      const name = keyOf(p);
      return name !== undefined && isScalar(p.value) && typeof p.value.value === 'string'
        ? [{ name, nameSpan: span(p.key as Node), value: p.value.value, valueSpan: span(p.value) }]
        : [];
    }),
  };
}

function readRunsOn(text: string, p: Pair | undefined): CopilotWorkflow['runsOn'] {
  if (!p) return undefined;
  const labelsOf = (n: unknown) => {
    if (isScalar(n) && typeof n.value === 'string') return [{ value: n.value, span: span(n) }];
    if (isSeq(n)) return n.items.flatMap((i) => (isScalar(i) && typeof i.value === 'string' ? [{ value: i.value, span: span(i) }] : []));
    return [];
  };
  const v = p.value as Node | null;
  const labels = isMap(v) ? labelsOf(pairNamed(v, 'labels')?.value) : labelsOf(v);
  return { keySpan: span(p.key as Node), labels, valueSpan: trimmed(text, v) };
}

function findJob(jobs: unknown): { job?: SetupJob; names: { name: string; span: Span }[] } {
  const names = pairsOf(jobs).flatMap((p) => {
    const name = keyOf(p);
    return name === undefined ? [] : [{ name, span: span(p.key as Node), pair: p }];
  });
  const named = names.find((n) => n.name === SETUP_JOB);
  const pick = named ?? (names.length === 1 ? names[0] : undefined);
  const job = pick && isMap(pick.pair.value) ? { name: pick.name, keySpan: pick.span, node: pick.pair.value, named: !!named } : undefined;
  return { job, names: names.map(({ name, span: s }) => ({ name, span: s })) };
}

function jobInsertPoint(text: string, job: YAMLMap): CopilotWorkflow['jobInsert'] {
  if (job.flow) return undefined;
  const first = job.items[0];
  const at = first && isPair(first) ? nodeSpan(first.key as Node)?.start : undefined;
  if (at === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = text.slice(lineStart, at);
  return /^ *$/.test(indent) ? { at: lineStart, indent } : undefined;
}

function emptyWorkflow(): CopilotWorkflow {
  return { jobNames: [], permissions: [], runs: [], secretRefs: [], firewall: [] };
}

function valueAt(doc: Document.Parsed | undefined, path: (string | number)[]): SettingsValue | undefined {
  let node: unknown = doc?.contents;
  let keySpan: Span | undefined;
  for (const k of path) {
    if (typeof k === 'number') {
      if (!isSeq(node)) return undefined;
      node = node.items[k];
      keySpan = undefined;
    } else {
      const p = pairNamed(node, k);
      if (!p) return undefined;
      keySpan = nodeSpan(p.key as Node);
      node = p.value;
    }
  }
  if (node === undefined || node === null) return undefined;
  const n = node as Node;
  let value: unknown;
  try {
    value = isScalar(n) ? n.value : n.toJS(doc!, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    value = undefined;
  }
  return { value, span: span(n), keySpan };
}

/** Reads the setup-steps workflow. Problems (syntax, duplicate keys, refused input, alias bombs) are SG003 findings. */
export function readCopilotSetupSteps(text: string): CopilotModel {
  const problems: SettingsProblem[] = [];
  const model = (doc: Document.Parsed | undefined, workflow: CopilotWorkflow, env: SettingsEnv[] = [], hosts: SettingsHost[] = []): CopilotModel => ({
    format: 'copilot', parsed: doc !== undefined, workflow, env, hosts: hosts.sort((a, b) => a.span.start - b.span.start), problems, get: (path) => valueAt(doc, path),
  });
  const unsafe = preflight(text);
  if (unsafe) {
    problems.push({ message: unsafe.message.replace('Task configs are small', 'A setup-steps workflow is small'), span: unsafe.span });
    return model(undefined, emptyWorkflow());
  }
  const parsed = parseYaml(text);
  for (const p of parsed.problems) problems.push({ message: p.message, span: p.span });
  const doc = parsed.docs[0];
  if (parsed.docs.length > 1) problems.push({ message: 'A workflow file holds one YAML document: GitHub reads only the first; the rest is ignored.', span: trimmed(text, parsed.docs[1].contents as Node) });
  if (!doc) return model(undefined, emptyWorkflow());
  const whole = { start: 0, end: text.length };
  const { problem } = documentValue(doc, whole);
  if (problem) {
    problems.push({ message: problem.message, span: problem.span });
    return model(undefined, emptyWorkflow());
  }
  const root = doc.contents;
  if (parsed.problems.length === 0 && root !== null && !isMap(root)) {
    problems.push({ message: 'A workflow is a YAML mapping (`on:`, `jobs:`, …); this document is not one.', span: trimmed(text, root as Node) });
    return model(doc, emptyWorkflow());
  }
  const read: EnvRead = { firewall: [], env: [], hosts: [], values: [] };
  const wf = emptyWorkflow();
  readEnv(text, pairNamed(root, 'env')?.value, 'env', read);
  const top = readPermissions(pairNamed(root, 'permissions'), 'permissions');
  if (top) wf.permissions.push(top);
  const jobsPair = pairNamed(root, 'jobs');
  if (jobsPair) wf.jobsKey = span(jobsPair.key as Node);
  const { job, names } = findJob(jobsPair?.value);
  wf.jobNames = names;
  wf.job = job;
  if (job) {
    const base = `jobs.${job.name}`;
    readEnv(text, pairNamed(job.node, 'env')?.value, `${base}.env`, read);
    const perm = readPermissions(pairNamed(job.node, 'permissions'), `${base}.permissions`);
    if (perm) wf.permissions.push(perm);
    wf.runsOn = readRunsOn(text, pairNamed(job.node, 'runs-on'));
    wf.jobInsert = jobInsertPoint(text, job.node);
    const steps = pairNamed(job.node, 'steps')?.value;
    if (isSeq(steps)) {
      steps.items.forEach((step, i) => {
        const at = `${base}.steps[${i}]`;
        readEnv(text, pairNamed(step, 'env')?.value, `${at}.env`, read);
        for (const p of pairsOf(pairNamed(step, 'with')?.value)) {
          const s = stringAt(text, p.value, `${at}.with.${keyOf(p) ?? ''}`);
          if (s) read.values.push(s);
        }
        const run = stringAt(text, pairNamed(step, 'run')?.value, `${at}.run`);
        if (run) {
          wf.runs.push(run);
          read.values.push(run);
        }
      });
    }
  }
  wf.firewall = read.firewall;
  wf.secretRefs = read.values.flatMap((v) => secretRefsIn(text, v)).sort((a, b) => a.span.start - b.span.start);
  return model(doc, wf, read.env, read.hosts);
}
