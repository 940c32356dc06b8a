// Generated secrets planted in every position of every file kind, for the scans that check that no output
// of the CLI or the language server carries any 8-character piece of one (test/cli/secretScan.test.ts,
// test/lsp/secretScan.test.ts). Secret bodies come from fast-check with a fixed seed (SECRET_SCAN_SEED
// varies it); the public parts of a format (`sk_live_`, `ghp_`, the JWT header, `PROD_`) may be shown.
import fc from 'fast-check';

export const SEED = Number(process.env.SECRET_SCAN_SEED ?? 20261204);

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_DIGIT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64 = `${ALNUM}+/`;
const B64URL = `${ALNUM}-_`;

let draw = 0;
/** A random string of `n` characters from `alphabet`, reproducible from SEED. */
function rand(alphabet: string, n: number): string {
  const arb = fc.string({ unit: fc.constantFrom(...alphabet), minLength: n, maxLength: n });
  return fc.sample(arb, { seed: SEED + draw++, numRuns: 1 })[0];
}

export interface SecretKind {
  id: string;
  /** the text as written in a file */
  planted: string;
  /** the parts that must never appear in any output (any 8 consecutive characters of one is a leak) */
  secret: string[];
  /** spans several lines (a PEM block): only planted where a file can hold several lines */
  multiline?: boolean;
}

export function secretKinds(): SecretKind[] {
  draw = 0;
  const stripe = rand(ALNUM, 64);
  const ghp = rand(ALNUM, 36);
  const akid = rand(UPPER_DIGIT, 16);
  const awsSecret = rand(B64, 40);
  const jwtPayload = rand(B64URL, 40);
  const jwtSig = rand(B64URL, 43);
  const pem = [rand(B64, 64), rand(B64, 64), rand(B64, 40)];
  const slack = `${rand('0123456789', 11)}-${rand('0123456789', 13)}-${rand(ALNUM, 24)}`;
  const password = rand(ALNUM, 20);
  const apiKey = rand(ALNUM, 32);
  const generic = rand(ALNUM, 40);
  const underscored = rand(ALNUM, 36);
  const truncated = rand(B64, 40);
  return [
    { id: 'stripe-live-long', planted: `sk_live_${stripe}`, secret: [stripe] },
    { id: 'github-pat', planted: `ghp_${ghp}`, secret: [ghp] },
    { id: 'aws-access-key-id', planted: `AKIA${akid}`, secret: [akid] },
    { id: 'aws-secret-key', planted: awsSecret, secret: [awsSecret] },
    { id: 'jwt', planted: `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${jwtPayload}.${jwtSig}`, secret: [jwtPayload, jwtSig] },
    { id: 'pem-private-key', planted: ['-----BEGIN PRIVATE KEY-----', ...pem, '-----END PRIVATE KEY-----'].join('\n'), secret: pem, multiline: true },
    { id: 'slack-token', planted: `xoxb-${slack}`, secret: [slack] },
    { id: 'url-userinfo-password', planted: `https://deploy:${password}@db.staging.example.com/app`, secret: [password] },
    { id: 'url-query-api-key', planted: `https://api.staging.example.com/v1/search?api_key=${apiKey}&lang=en`, secret: [apiKey] },
    { id: 'generic-high-entropy', planted: generic, secret: [generic] },
    { id: 'underscore-prefixed', planted: `PROD_ghp_${underscored}`, secret: [underscored] },
    // long enough that every quote cuts it (37/57/77 characters), after a harmless lead
    { id: 'truncated-in-quotes', planted: `aws-secrets-manager:${truncated}`, secret: [truncated] },
  ];
}

export type FileKind = 'task' | 'agents' | 'policy';

export interface Position {
  kind: FileKind;
  id: string;
  /** the file's text with `s` planted (`lines` when it spans several), or undefined when `s` cannot go there */
  text: (s: string, multiline: boolean) => string | undefined;
}

const single = (f: (s: string) => string) => (s: string, multiline: boolean) => (multiline ? undefined : f(s));
const indent = (s: string, pad: string) => s.split('\n').map((l) => pad + l).join('\n');

const ALLOW = 'network:\n  allowlist:\n    - api.staging.example.com\n';
const CRED = (fields: Record<string, string>) => {
  const base: Record<string, string> = {
    source: 'vault', ref: 'secret/codex/staging', scope: 'task', permissions: 'read-only', label: 'Codex sandbox',
    hosts: '[api.staging.example.com]', rate_limit: '{requests: 60, per: minute}', ...fields,
  };
  return Object.entries(base).map(([k, v]) => `    ${k}: ${v}`).join('\n');
};
const TASK = (body: string) => `version: 1\nname: leak-test\nmax_parallel_tasks: 2\n${body}\n`;

export const POSITIONS: Position[] = [
  // task config
  { kind: 'task', id: 'top-level unknown key', text: single((s) => TASK(`${ALLOW}${s}: 1`)) },
  { kind: 'task', id: 'name value', text: single((s) => `version: 1\nname: ${s}\n${ALLOW}`) },
  { kind: 'task', id: 'allowlist entry', text: single((s) => TASK(`network:\n  allowlist:\n    - ${s}`)) },
  { kind: 'task', id: 'allowlist URL path', text: single((s) => TASK(`network:\n  allowlist:\n    - https://api.staging.example.com/v1/${s}`)) },
  { kind: 'task', id: 'allowlist_additions entry', text: single((s) => TASK(`network:\n  allowlist: [api.staging.example.com]\n  allowlist_additions:\n    - ${s}`)) },
  { kind: 'task', id: 'network unknown key', text: single((s) => TASK(`network:\n  allowlist: [api.staging.example.com]\n  ${s}: true`)) },
  { kind: 'task', id: 'credential name', text: single((s) => TASK(`${ALLOW}credentials:\n  ${s}:\n${CRED({})}`)) },
  { kind: 'task', id: 'credential written as NAME: value', text: single((s) => TASK(`${ALLOW}credentials:\n  STAGING_API_KEY: ${s}`)) },
  ...['source', 'ref', 'scope', 'permissions', 'label', 'value', 'token'].map((field): Position => ({
    kind: 'task', id: `credential ${field}`, text: single((s) => TASK(`${ALLOW}credentials:\n  STAGING_API_KEY:\n${CRED({ [field]: s })}`)),
  })),
  { kind: 'task', id: 'credential quoted label', text: single((s) => TASK(`${ALLOW}credentials:\n  STAGING_API_KEY:\n${CRED({ label: `"${s}"` })}`)) },
  { kind: 'task', id: 'credential hosts', text: single((s) => TASK(`${ALLOW}credentials:\n  STAGING_API_KEY:\n${CRED({ hosts: `[${s}]` })}`)) },
  { kind: 'task', id: 'credential unknown key', text: single((s) => TASK(`${ALLOW}credentials:\n  STAGING_API_KEY:\n${CRED({ [s]: 'x' })}`)) },
  { kind: 'task', id: 'rate_limit requests', text: single((s) => TASK(`${ALLOW}credentials:\n  STAGING_API_KEY:\n${CRED({ rate_limit: `{requests: ${s}, per: minute}` })}`)) },
  { kind: 'task', id: 'rate_limit per', text: single((s) => TASK(`${ALLOW}credentials:\n  STAGING_API_KEY:\n${CRED({ rate_limit: `{requests: 60, per: ${s}}` })}`)) },
  { kind: 'task', id: 'credential block value', text: (s) => TASK(`${ALLOW}credentials:\n  STAGING_API_KEY:\n${CRED({ private_key: `|\n${indent(s, '      ')}` })}`) },
  { kind: 'task', id: 'env value', text: single((s) => TASK(`${ALLOW}env:\n  API_BASE_URL: ${s}`)) },
  { kind: 'task', id: 'env name', text: single((s) => TASK(`${ALLOW}env:\n  ${s}: https://api.staging.example.com/v1`)) },
  { kind: 'task', id: 'comment', text: (s) => TASK(`${ALLOW}${indent(s, '# ')}`) },
  { kind: 'task', id: 'suppression reason', text: single((s) => TASK(`network:\n  allowlist:\n    - api.paypal.com  # sandbox-guard-disable-line SG101 -- ${s}`)) },
  { kind: 'task', id: 'unresolved tag', text: single((s) => TASK(`${ALLOW}label_note: !${s} x`)) },
  { kind: 'task', id: 'unresolved alias', text: single((s) => TASK(`${ALLOW}label_note: *${s}`)) },
  { kind: 'task', id: 'collection as key', text: single((s) => TASK(`${ALLOW}env:\n  ? [${s}]\n  : 1`)) },
  { kind: 'task', id: 'methods entry', text: single((s) => TASK(`network:\n  allowlist: [api.staging.example.com]\n  methods: [GET, ${s}]`)) },
  // AGENTS.md
  { kind: 'agents', id: 'prose', text: (s) => `# Agents\n\nThe webhook tests use this key:\n${s}\n` },
  { kind: 'agents', id: 'inline code', text: single((s) => `# Agents\n\nRun \`curl -H "Authorization: Bearer ${s}" https://api.staging.example.com/v1\`.\n`) },
  { kind: 'agents', id: 'fenced code block', text: (s) => `# Agents\n\n\`\`\`bash\nexport STRIPE_KEY=${s.split('\n').join('\n')}\n\`\`\`\n` },
  { kind: 'agents', id: 'link target', text: single((s) => `# Agents\n\nSee [the docs](https://docs.example.com/${s}).\n`) },
  { kind: 'agents', id: 'link text', text: single((s) => `# Agents\n\nSee [${s}](https://docs.example.com/).\n`) },
  { kind: 'agents', id: 'reference definition', text: single((s) => `# Agents\n\nSee [the docs][d].\n\n[d]: https://docs.example.com/${s}\n`) },
  { kind: 'agents', id: 'heading', text: single((s) => `# Agents\n\n## ${s}\n\nText.\n`) },
  { kind: 'agents', id: 'rules item (weak wording)', text: single((s) => `# Agents\n\n## Rules\n\n- You should try to avoid production keys such as ${s} in cloud tasks.\n- Use the production API with ${s} if staging is down.\n`) },
  { kind: 'agents', id: 'host in prose', text: single((s) => `# Agents\n\nCall https://api.paypal.com/v1?token=${s} for refunds.\n`) },
  // the policy file
  { kind: 'policy', id: 'rule name', text: single((s) => `rules:\n  ${s}: off\n`) },
  { kind: 'policy', id: 'rule severity', text: single((s) => `rules:\n  SG102: ${s}\n`) },
  { kind: 'policy', id: 'ignore glob', text: single((s) => `ignore:\n  - "${s}/**["\n`) },
  { kind: 'policy', id: 'files glob', text: single((s) => `files:\n  - "**/${s}/*.yaml"\n  - "[${s}"\n`) },
  { kind: 'policy', id: 'stagingHosts value', text: single((s) => `stagingHosts:\n  api.paypal.com: ${s}\n`) },
  { kind: 'policy', id: 'stagingHosts key', text: single((s) => `stagingHosts:\n  ${s}: api.sandbox.paypal.com\n`) },
  { kind: 'policy', id: 'productionHosts entry', text: single((s) => `productionHosts:\n  - ${s}\n`) },
  { kind: 'policy', id: 'stagingMarkers entry', text: single((s) => `stagingMarkers:\n  - ${s}\n`) },
  { kind: 'policy', id: 'unknown key', text: single((s) => `${s}: 1\n`) },
  { kind: 'policy', id: 'comment', text: (s) => `${indent(s, '# ')}\nrules:\n  SG102: info\n` },
];

export interface Plant {
  kind: SecretKind;
  position: Position;
  /** relative path in the scan tree */
  file: string;
  text: string;
}

const slug = (s: string) => s.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** Every applicable (secret kind, position) pair, each in its own folder (a policy file applies to its folder only). */
export function plants(): Plant[] {
  const out: Plant[] = [];
  for (const kind of secretKinds()) {
    for (const position of POSITIONS) {
      const text = position.text(kind.planted, !!kind.multiline);
      if (text === undefined) continue;
      const dir = `${slug(kind.id)}/${position.kind}-${slug(position.id)}`;
      const name = position.kind === 'task' ? 'leak.sandbox.yaml' : position.kind === 'agents' ? 'AGENTS.md' : '.sandbox-guard.yaml';
      out.push({ kind, position, file: `${dir}/${name}`, text });
    }
  }
  return out;
}

/** Every 8-character piece of the kind's secrets (lowercase: a re-cased echo is a leak too). */
export function pieces(kind: SecretKind): string[] {
  const out = new Set<string>();
  for (const s of kind.secret) for (let i = 0; i + 8 <= s.length; i++) out.add(s.slice(i, i + 8).toLowerCase());
  return [...out];
}

export interface Leak {
  kind: string;
  output: string;
  piece: string;
  context: string;
}

/** The leaks of `kinds` in one output text. */
export function scan(output: string, outputName: string, kinds: SecretKind[]): Leak[] {
  const lower = output.toLowerCase();
  const leaks: Leak[] = [];
  for (const k of kinds) {
    for (const p of pieces(k)) {
      const at = lower.indexOf(p);
      if (at < 0) continue;
      leaks.push({ kind: k.id, output: outputName, piece: p, context: output.slice(Math.max(0, at - 160), at + 40).replace(/\s+/g, ' ') });
      break;
    }
  }
  return leaks;
}

export function describeLeaks(leaks: Leak[]): string {
  return leaks.slice(0, 25).map((l) => `- ${l.kind} in ${l.output}: …${l.context}…`).join('\n') + (leaks.length > 25 ? `\n… and ${leaks.length - 25} more` : '');
}
