// The sandbox-key checklist of an agent settings file (Claude Code, sandbox-runtime, Codex): the sandbox switches it
// sets, the hosts it allows and denies, and per credential it names the key to create, store and scope.
// Names, hosts and switches only, never a value; the caller redacts the whole text once more.
import { loadCatalog, type CatalogIndex } from '../../catalog/catalog.js';
import { hostOf } from '../../hosts/hostname.js';
import type { SettingsModel } from '../../models/settings/model.js';
import { isSecretKeyName } from '../../secrets/keys.js';
import { redactText } from '../../secrets/redactText.js';
import { guessProvider } from './provider.js';

const code = (s: string) => `\`${redactText(s).replace(/`/g, "'")}\``;
const box = (s: string) => `- [ ] ${s}`;

/** The switches of each format that decide whether the sandbox holds, with the value that does. */
const SWITCHES: Record<string, { path: string[]; safe: unknown; unset: string; alt?: string[] }[]> = {
  claude: [
    { path: ['sandbox', 'enabled'], safe: true, unset: 'off (the default)' },
    { path: ['sandbox', 'allowUnsandboxedCommands'], safe: false, unset: 'true (the default)' },
    { path: ['sandbox', 'failIfUnavailable'], safe: true, unset: 'false (the default)' },
  ],
  srt: [],
  codex: [
    // the feature is a flag or a table with `enabled`
    { path: ['features', 'network_proxy'], alt: ['features', 'network_proxy', 'enabled'], safe: true, unset: 'off (the default: domain rules are not enforced)' },
    { path: ['shell_environment_policy', 'ignore_default_excludes'], safe: false, unset: 'true (the default: *KEY*, *SECRET*, *TOKEN* variables reach commands)' },
  ],
  'codex-requirements': [{ path: ['experimental_network', 'enabled'], safe: true, unset: 'off (the default)' }],
};

interface Credential {
  name: string;
  /** how the file hands it over */
  how: string;
  /** srt: the hosts a masked secret is injected into (undefined: every allowed domain) */
  injectHosts?: string[];
  mode?: string;
}

function credentialsOf(model: SettingsModel): Credential[] {
  const out: Credential[] = [];
  for (const e of model.env) if (isSecretKeyName(e.name)) out.push({ name: e.name, how: `${e.where} (set for every command the agent runs)` });
  for (const list of ['envVars', 'files'] as const) {
    for (const path of [['credentials', list], ['sandbox', 'credentials', list]]) {
      const v = model.get(path)?.value;
      if (!Array.isArray(v)) continue;
      for (const x of v) {
        if (!x || typeof x !== 'object') continue;
        const r = x as Record<string, unknown>;
        const name = typeof r.name === 'string' ? r.name : typeof r.path === 'string' ? r.path : undefined;
        if (!name || out.some((c) => c.name === name)) continue;
        const mode = typeof r.mode === 'string' ? r.mode : undefined;
        const hosts = Array.isArray(r.injectHosts) ? r.injectHosts.filter((h): h is string => typeof h === 'string') : undefined;
        out.push({ name, how: `\`${path.join('.')}\` (mode ${mode ? code(mode) : 'not set'})`, injectHosts: hosts, mode });
      }
    }
  }
  return out;
}

function credentialSection(c: Credential, allowed: string[], catalog: CatalogIndex, format: string): string[] {
  const guess = guessProvider(c.name, c.injectHosts ?? [], catalog);
  const provider = guess?.name ?? 'the API provider';
  const out = [`## ${redactText(c.name)}${guess ? ` - ${guess.name} (guessed from ${guess.basis})` : ''}`, '', `Named in ${c.how}.`, ''];
  out.push(box(`Create a dedicated key for the agent's sandbox at ${provider} (not a personal or shared key), with **read-only** permissions unless the agent must write${guess?.sharedHost ? `; ${guess.name} serves test and live mode on one host: create a **test-mode** key` : ''}.`));
  out.push(box('Keep its value out of this file: hand it to the agent from a secrets manager or the environment the agent is started in.'));
  if (c.mode === 'mask') {
    const to = c.injectHosts ?? allowed;
    out.push(box(`Limit \`injectHosts\` to the staging hosts that need it${c.injectHosts ? ` (now: ${to.map(code).join(', ') || 'none'})` : ` (not set: the real value goes to every allowed domain${allowed.length ? `, ${allowed.map(code).join(', ')}` : ''})`}.`));
  } else if (format === 'codex') {
    out.push(box('If the commands Codex runs do not need it, remove it from `shell_environment_policy.set`, and keep `ignore_default_excludes = false` so the shell\'s own keys stay out too.'));
  } else if (c.mode !== 'deny') {
    out.push(box('If sandboxed commands do not need it, deny it to them (`{ "name": …, "mode": "deny" }` in the sandbox\'s `credentials.envVars`).'));
  }
  out.push(box(`Set the key's rate limit at ${provider} for the number of agent sessions that share it.`));
  out.push(box('Rotate it on a schedule and revoke it when the agent no longer needs it or it may have leaked.'), '');
  return out;
}

export function settingsChecklist(model: SettingsModel, options: { path?: string; label: string }): string {
  const catalog = loadCatalog();
  const fileName = options.path ? options.path.split(/[\\/]/).pop()! : options.label;
  const out: string[] = [`# Sandbox key checklist: ${fileName}`, ''];
  out.push(`Generated by \`sandbox-guard checklist\`${options.path ? ` from \`${options.path}\`` : ''} (${options.label}). Tick the boxes as you go: regenerating keeps ticked boxes. Secret values never belong in the settings or in this file.`, '');
  if (model.problems.length) out.push(`> The file has ${model.problems.length} syntax problem(s): run \`sandbox-guard check\` first; this checklist covers what could be read.`, '');
  const switches = SWITCHES[model.format] ?? [];
  if (switches.length) {
    out.push('## Sandbox switches', '');
    for (const s of switches) {
      const alt = s.alt && model.get(s.alt);
      const v = alt || model.get(s.path);
      const shown = v ? code(JSON.stringify(v.value)) : s.unset;
      const ok = v?.value === s.safe;
      out.push(ok ? `- [x] \`${s.path.join('.')}\` is ${shown}.` : box(`Set \`${s.path.join('.')}\` to \`${JSON.stringify(s.safe)}\` (now ${shown}).`));
    }
    out.push('');
  }
  const allowed = model.hosts.filter((h) => h.effect === 'allow').map((h) => hostOf(h.text, 'entry') ?? h.text);
  const denied = model.hosts.filter((h) => h.effect === 'deny').map((h) => h.text);
  out.push(`Allowed hosts: ${allowed.length ? allowed.map(code).join(', ') : 'none'}.`);
  out.push(`Denied hosts: ${denied.length ? denied.map(code).join(', ') : 'none'}.`, '');
  const creds = credentialsOf(model);
  if (!creds.length) out.push('This file names no credentials: there are no keys to create.', '');
  for (const c of creds) out.push(...credentialSection(c, allowed, catalog, model.format));
  out.push(box(`Verify in one agent session that it reaches only ${allowed.length ? allowed.map(code).join(', ') : 'the allowed staging hosts'}.`), '');
  return redactText(out.join('\n').replace(/\n{3,}/g, '\n\n'));
}
