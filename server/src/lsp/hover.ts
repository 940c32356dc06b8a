// Hover: a finding's rule explanation, the schema description of a key, what the catalog knows about a host.
// Values that are not hosts are never shown (they could be secrets).
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadCatalog } from '../catalog/catalog.js';
import { agentsHover } from '../models/agents/editor.js';
import { allowListTokenAt } from '../models/copilot/editor.js';
import { CODEX_KEY_DOCS, codexHoverAt } from '../models/codex/editor.js';
import { hostEntryAt, keyAt } from '../models/claude/editor.js';
import { classifyHost, stagingFor } from '../hosts/classify.js';
import type { Finding } from '../core/types.js';
import { KINDS } from '../kinds/index.js';
import type { Policy } from '../core/policy.js';
import { findRule } from '../rules/meta/index.js';
import { redactText } from '../secrets/redactText.js';
import { lineSource } from './completion.js';
import { hostOf } from '../hosts/hostname.js';
import { providerName } from '../hosts/suggestions.js';
import { childSchema, descriptionOf, schemaAt, schemaFor } from './schema.js';
import type { CheckRecord } from './state.js';
import { hoverTarget, tokenAt } from './yamlPath.js';

const HOST_PATHS = [/^network\.(allowlist|allowlist_additions)$/, /^credentials\.[^.]+\.hosts$/, /^env$/, /^network\.proxy$/, /^stagingHosts$/, /^productionHosts$/];

export function hover(doc: TextDocument, line: number, character: number, rec: CheckRecord | undefined, policy: Policy): Hover | null {
  const offset = doc.offsetAt({ line, character });
  const parts: string[] = [];
  for (const f of uniqueRules((rec?.findings ?? []).filter((x) => x.span.start <= offset && offset <= Math.max(x.span.end, x.span.start + 1)))) {
    parts.push(ruleText(f));
  }
  const kind = rec?.kind;
  const lines = lineSource(doc);
  const features = kind && KINDS[kind].editor.features;
  if (features === 'yaml-schema' && kind) {
    const t = hoverTarget(lines, line, character);
    if (t) {
      const root = schemaFor(kind)!;
      const dotted = t.path.join('.');
      if (t.kind === 'key') {
        const s = childSchema(root, schemaAt(root, t.path), t.key ?? '');
        const d = descriptionOf(s);
        if (d) parts.push(`**${t.key}**\n\n${d}`);
        if (kind === 'policy' && /^stagingHosts$/.test(dotted)) parts.push(hostText(t.text, policy));
      } else if (HOST_PATHS.some((r) => r.test(dotted))) {
        const h = hostOf(t.text, 'suggestion');
        if (h) parts.push(hostText(h, policy));
      }
    }
  } else if (features === 'copilot-yaml') {
    const tok = allowListTokenAt(lines(line), character);
    const h = tok?.text && hostOf(tok.text, 'suggestion');
    if (h) parts.push(hostText(h, policy));
  } else if (features === 'json-settings' && (kind === 'claude' || kind === 'srt')) {
    const key = keyAt(doc.getText(), offset);
    const root = schemaFor(kind);
    const d = key && root ? descriptionOf(childSchema(root, schemaAt(root, key.path), key.key)) : undefined;
    if (key && d) parts.push(`**${key.key}**\n\n${d}`);
    const entry = key ? undefined : hostEntryAt(doc.getText(), offset, kind);
    const h = entry && hostOf(entry.text, 'suggestion');
    if (h) parts.push(hostText(h, policy));
  } else if (features === 'codex-toml') {
    const at = codexHoverAt(doc.getText(), offset, rec?.path);
    const h = at?.host && hostOf(at.host, 'suggestion');
    if (h) parts.push(hostText(h, policy));
    if (at?.key) parts.push(`**${at.key}**\n\n${CODEX_KEY_DOCS[at.key]}`);
  } else if (features === 'agents-markdown') {
    // a recognised staging-only rule line: what it protects against and which rule it satisfies
    const ruleHover = agentsHover(doc.getText(), offset, { policy, path: rec?.path });
    if (ruleHover) parts.push(ruleHover);
    const tok = tokenAt(lines(line), character);
    const h = tok && hostOf(tok.text.replace(/^[`(<*_]+|[`)>*_.,;:]+$/g, ''), 'suggestion');
    if (h && classifyHost(h, loadCatalog(), policy).kind !== 'unknown') parts.push(hostText(h, policy));
  }
  if (!parts.length) return null;
  // key names and hosts come from the user's file: a live key used as a key name must not be echoed
  const contents: MarkupContent = { kind: 'markdown', value: redactText(parts.join('\n\n---\n\n')) };
  return { contents };
}

function uniqueRules(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(f.ruleId) && seen.add(f.ruleId));
}

function ruleText(f: Finding): string {
  const rule = findRule(f.ruleId);
  // the finding's message is in the diagnostic already; the hover explains the rule (and never quotes a value)
  const lines = [`**${f.ruleId} ${f.ruleName}** (sandbox-guard, ${f.severity})`];
  if (rule) {
    lines.push(`**What:** ${rule.docs.summary}`, `**Why:** ${rule.docs.why}`, `**Fix:** ${rule.docs.fix}`);
  }
  lines.push(`[Documentation for ${f.ruleName}](${f.docsUrl})`);
  return lines.join('\n\n');
}

const KIND_TEXT: Record<string, string> = {
  production: 'production',
  shared: 'shared by test and live mode (the key decides)',
  sandbox: 'sandbox / staging',
  'staging-marked': 'staging (by its name)',
  dependency: 'dependency host (registry, forge or mirror; no credentials)',
  metadata: 'cloud metadata / internal endpoint',
  unknown: 'not in the catalog',
};

/** What is known about a host: provider, environment, staging equivalent, confidence and source. */
export function hostText(host: string, policy: Policy): string {
  const cat = loadCatalog();
  const c = classifyHost(host, cat, policy);
  const out = [`**${host}** — ${KIND_TEXT[c.kind] ?? c.kind}`];
  for (const f of c.facts.slice(0, 3)) {
    const src = /^https?:/.test(f.host.source) ? `[source](${f.host.source})` : f.host.source;
    out.push(`${providerName(f.provider.name)} · ${f.host.env}${f.host.role ? ` (${f.host.role})` : ''} — confidence: ${f.host.confidence}, ${src}`);
    if (f.host.note) out.push(f.host.note);
  }
  if (!c.facts.length) out.push(`Classified from ${c.reason}.`);
  const swap = stagingFor(host, cat, policy);
  if (swap) out.push(`Staging equivalent: \`${swap.host}\` (${swap.from === 'policy' ? 'team policy' : swap.provider ?? swap.from})`);
  else if (c.kind === 'production') {
    const sandboxes = c.facts.flatMap((f) => f.provider.hosts.filter((h) => h.env === 'sandbox' && !h.pattern && (!f.host.role || h.role === f.host.role)).map((h) => h.host));
    if (sandboxes.length) out.push(`Sandbox hosts of ${providerName(c.facts[0].provider.name)}: ${[...new Set(sandboxes)].slice(0, 3).map((h) => `\`${h}\``).join(', ')}`);
  }
  return out.join('\n\n');
}

