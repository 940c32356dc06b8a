// Claude Code settings (`.claude/settings.json`, `managed-settings.json`) and sandbox-runtime settings
// (`.srt-settings.json`) read into the shared settings model: the hosts the sandbox is told about, with
// format-preserving edits, and Claude Code's `env`.
import type { Node } from 'jsonc-parser';
import type { TextEdit } from '../../core/types.js';
import type { SettingsEnv, SettingsFormat, SettingsHost, SettingsModel, SettingsValue } from '../settings/model.js';
import { jsonStringContent, nodeAt, readJsonc, removeElementEdits, settingsValue, stringInner, type JsoncDoc } from './jsonc.js';

/** `WebFetch(domain:api.example.com)`: a permission rule for one host; allow rules add it to the sandbox's allowed domains. */
export const WEBFETCH_DOMAIN = /^WebFetch\(domain:([^)]*)\)$/;
export const WEBFETCH_PREFIX = 'WebFetch(domain:';

/** The key paths of the domain lists per format. */
export const DOMAIN_LISTS: Record<'claude' | 'srt', { path: string[]; effect: 'allow' | 'deny' }[]> = {
  claude: [
    { path: ['sandbox', 'network', 'allowedDomains'], effect: 'allow' },
    { path: ['sandbox', 'network', 'deniedDomains'], effect: 'deny' },
  ],
  srt: [
    { path: ['network', 'allowedDomains'], effect: 'allow' },
    { path: ['network', 'deniedDomains'], effect: 'deny' },
  ],
};

const PORT = /:(\d{1,5})$/;

function stringItems(list: Node | undefined): Node[] {
  return list?.type === 'array' ? (list.children ?? []).filter((c) => c.type === 'string') : [];
}

/** A domain-list entry: the whole string is the pattern; a replacement keeps an srt `:port`. */
function domainEntry(doc: JsoncDoc, n: Node, where: string, effect: 'allow' | 'deny'): SettingsHost {
  const inner = stringInner(doc.text, n);
  return {
    text: n.value as string,
    span: inner.span,
    where,
    effect,
    replace(host: string): TextEdit[] {
      const port = PORT.exec(n.value as string)?.[0] ?? '';
      return [{ ...inner.span, newText: jsonStringContent(`${host}${port}`) }];
    },
    remove: () => removeElementEdits(doc.text, n),
  };
}

/** A `WebFetch(domain:host)` permission rule: the span is the host inside the rule; a replacement keeps the rule around it. */
function webFetchEntry(doc: JsoncDoc, n: Node, where: string, effect: 'allow' | 'deny'): SettingsHost | undefined {
  const m = WEBFETCH_DOMAIN.exec(n.value as string);
  if (!m) return undefined;
  const inner = stringInner(doc.text, n);
  const hostStart = inner.span.start + WEBFETCH_PREFIX.length;
  const span = inner.exact ? { start: hostStart, end: hostStart + m[1].length } : inner.span;
  return {
    text: m[1],
    span,
    where,
    effect,
    replace(host: string): TextEdit[] {
      if (inner.exact) return [{ ...span, newText: jsonStringContent(host) }];
      return [{ ...inner.span, newText: jsonStringContent(`${WEBFETCH_PREFIX}${host})`) }];
    },
    remove: () => removeElementEdits(doc.text, n),
  };
}

function hostsOf(doc: JsoncDoc, format: 'claude' | 'srt'): SettingsHost[] {
  const out: SettingsHost[] = [];
  for (const list of DOMAIN_LISTS[format]) {
    const where = `\`${list.path.join('.')}\``;
    for (const n of stringItems(nodeAt(doc.root, list.path))) out.push(domainEntry(doc, n, where, list.effect));
  }
  if (format === 'claude') {
    for (const [key, effect] of [['allow', 'allow'], ['deny', 'deny']] as const) {
      const where = `\`permissions.${key}\``;
      for (const n of stringItems(nodeAt(doc.root, ['permissions', key]))) {
        const h = webFetchEntry(doc, n, where, effect);
        if (h) out.push(h);
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function envOf(doc: JsoncDoc): SettingsEnv[] {
  const env = nodeAt(doc.root, ['env']);
  if (env?.type !== 'object') return [];
  const out: SettingsEnv[] = [];
  for (const p of env.children ?? []) {
    const [k, v] = p.children ?? [];
    if (!k || typeof k.value !== 'string') continue;
    const str = v?.type === 'string';
    out.push({
      name: k.value,
      nameSpan: stringInner(doc.text, k).span,
      value: str ? (v.value as string) : undefined,
      valueSpan: str ? stringInner(doc.text, v).span : v ? { start: v.offset, end: v.offset + v.length } : undefined,
      where: '`env`',
    });
  }
  return out;
}

export interface JsonSettings extends SettingsModel {
  /** the parsed tree, for the editor (completion inside a list) */
  doc: JsoncDoc;
}

export function readJsonSettings(text: string, format: Extract<SettingsFormat, 'claude' | 'srt'>): JsonSettings {
  const doc = readJsonc(text);
  // rules ask for the same paths (`sandbox` by several): each value is built once per check
  const memo = new Map<string, SettingsValue | undefined>();
  return {
    format,
    doc,
    hosts: doc.root ? hostsOf(doc, format) : [],
    env: doc.root && format === 'claude' ? envOf(doc) : [],
    problems: doc.problems,
    get(path) {
      const key = JSON.stringify(path);
      if (memo.has(key)) return memo.get(key);
      const n = nodeAt(doc.root, path);
      const v = n ? settingsValue(n) : undefined;
      memo.set(key, v);
      return v;
    },
  };
}
