// Completion: schema-driven keys, enum values and snippets; staging hosts in host lists and env URLs.
import { redactText } from '../secrets/redactText.js';
import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem, type CompletionList, type CancellationToken, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileKind } from '../core/types.js';
import { KINDS } from '../kinds/index.js';
import type { WorkspaceView } from '../core/workspace.js';
import { agentsCompletions } from '../models/agents/editor.js';
import { hostInsertText, hostSlotAt as codexHostSlotAt } from '../models/codex/editor.js';
import { allowListTokenAt } from '../models/copilot/editor.js';
import { hostSlotAt, keySlotAt, type KeySlot } from '../models/claude/editor.js';
import type { Policy } from '../core/policy.js';
import { hostSuggestions, type SuggestionContext } from '../hosts/suggestions.js';
import { providersMentioned } from '../hosts/providerHints.js';
import { loadCatalog } from '../catalog/catalog.js';
import { childSchema, descriptionOf, itemSchema, schemaAt, schemaFor, typesOf, type JsonSchema, type Snippet } from './schema.js';
import { snippetText, plainText } from './snippets.js';
import { cursorContext, lineElements, type CursorContext } from './yamlPath.js';

export interface CompletionEnv {
  kind: FileKind;
  policy: Policy;
  workspaceHosts: () => Iterable<string>;
  snippets: boolean;
  /** the client resolves documentation lazily (completionItem/resolve) */
  resolve: boolean;
  /** for AGENTS.md: the file's path and the workspace (hosts its governed configs allowlist) */
  path?: string;
  workspace?: WorkspaceView;
}

const HOST_LISTS = [/^network\.(allowlist|allowlist_additions)$/, /^credentials\.[^.]+\.hosts$/];
const URL_KEY = /(url|uri|endpoint|host|base)$/i;

export function lineSource(doc: TextDocument) {
  return (line: number) => {
    if (line < 0 || line >= doc.lineCount) return '';
    return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  };
}

export function complete(doc: TextDocument, line: number, character: number, env: CompletionEnv, token?: CancellationToken): CompletionList {
  const empty: CompletionList = { isIncomplete: false, items: [] };
  if (KINDS[env.kind].editor.features === 'agents-markdown') return { isIncomplete: false, items: agentsItems(doc, line, character, env) };
  if (KINDS[env.kind].editor.features === 'json-settings') return { isIncomplete: false, items: jsonSettingsItems(doc, line, character, env) };
  if (KINDS[env.kind].editor.features === 'codex-toml') return { isIncomplete: false, items: codexItems(doc, line, character, env) };
  if (KINDS[env.kind].editor.features === 'copilot-yaml') {
    // staging hosts for the entry under the cursor in an exported Copilot firewall allow list
    const tok = allowListTokenAt(lineSource(doc)(line), character);
    return tok ? { isIncomplete: false, items: hostItems(env, { start: { line, character: tok.start }, end: { line, character: tok.end } }, '') } : empty;
  }
  const root = schemaFor(env.kind);
  if (!root) return empty;
  const lines = lineSource(doc);
  const ctx = cursorContext(lines, line, character);
  if (!ctx || token?.isCancellationRequested) return empty;
  const range = { start: { line, character: ctx.prefixStart }, end: { line, character } };
  const items: CompletionItem[] = [];
  const at = schemaAt(root, ctx.path);
  const dotted = ctx.path.join('.');

  // the providers the file points at (and the word being typed) rank their hosts first
  const context = () => ({ providers: providersMentioned(doc.getText(), loadCatalog(), [ctx.prefix, ctx.key ?? '']) });
  if (env.kind === 'task' && ctx.kind === 'item' && HOST_LISTS.some((r) => r.test(dotted))) {
    items.push(...hostItems(env, range, '', '', context()));
  } else if (env.kind === 'task' && ctx.kind === 'value' && dotted === 'env' && (ctx.prefix.startsWith('http') || URL_KEY.test(ctx.key ?? ''))) {
    items.push(...hostItems(env, range, 'https://', '', context()));
  } else if (env.kind === 'task' && ctx.kind === 'key' && HOST_LISTS.some((r) => r.test(dotted)) && typesOf(root, at).has('array')) {
    // a blank line under `allowlist:`: offer whole items
    items.push(...hostItems(env, range, '- ', '', context()));
  } else if (ctx.kind === 'key') {
    items.push(...keyItems(root, at, ctx, lines, line, env));
  } else if (ctx.kind === 'value') {
    items.push(...valueItems(root, childSchema(root, at, ctx.key ?? ''), range, env));
  } else {
    const item = itemSchema(root, at);
    if (typesOf(root, item).has('object')) items.push(...keyItems(root, item, ctx, lines, line, env));
    else items.push(...valueItems(root, item, range, env));
  }
  return { isIncomplete: false, items };
}

/** Host documentation for completionItem/resolve: the list is long, so items carry only a key. */
const hostDocs = new Map<string, string>();

export function resolveCompletion(item: CompletionItem): CompletionItem {
  const key = (item.data as { hostDoc?: string } | undefined)?.hostDoc;
  const doc = key !== undefined ? hostDocs.get(key) : undefined;
  if (doc) item.documentation = { kind: 'markdown', value: doc };
  return item;
}

/** Staging hosts inside a JSON settings host list or after `WebFetch(domain:`; nothing elsewhere (VS Code's JSON support completes keys). */
function jsonSettingsItems(doc: TextDocument, line: number, character: number, env: CompletionEnv): CompletionItem[] {
  if (env.kind !== 'claude' && env.kind !== 'srt') return [];
  const text = doc.getText();
  const offset = doc.offsetAt({ line, character });
  const keys = keySlotAt(text, offset);
  if (keys) return jsonKeyItems(doc, keys, env);
  const slot = hostSlotAt(text, offset, env.kind);
  if (!slot) return [];
  const range = { start: doc.positionAt(slot.span.start), end: doc.positionAt(slot.span.end) };
  return slot.quote ? hostItems(env, range, '"', '"') : hostItems(env, range, '');
}

/** Keys this checker reads, from the format's schema (JSON writes the quotes; VS Code's own schema may offer more). */
function jsonKeyItems(doc: TextDocument, slot: KeySlot, env: CompletionEnv): CompletionItem[] {
  const root = schemaFor(env.kind);
  const at = root && schemaAt(root, slot.path);
  if (!root || !at) return [];
  const range = { start: doc.positionAt(slot.span.start), end: doc.positionAt(slot.span.end) };
  return Object.keys(at.properties ?? {}).filter((k) => !slot.present.has(k)).map((k) => {
    const d = descriptionOf(childSchema(root, at, k));
    return {
      label: k,
      kind: CompletionItemKind.Property,
      documentation: d ? { kind: 'markdown', value: d } : undefined,
      filterText: `"${k}"`,
      sortText: `0${k}`,
      textEdit: { range, newText: `"${k}"` },
    } satisfies CompletionItem;
  });
}

function hostItems(env: CompletionEnv, range: Range, prefix: string, suffix = '', context: SuggestionContext = {}): CompletionItem[] {
  // a workspace "host" that looks like a secret is never offered (its text would be the suggestion)
  return hostSuggestions(env.policy, env.workspaceHosts(), context).filter((s) => redactText(s.host) === s.host).map((s, i) => ({
    label: s.host,
    kind: CompletionItemKind.Value,
    detail: s.detail,
    documentation: env.resolve ? undefined : { kind: 'markdown', value: s.documentation },
    data: env.resolve ? { hostDoc: rememberDoc(s.host, s.documentation) } : undefined,
    // the file's providers first, in the order the source ranks them
    sortText: s.forFile ? `!${String(i).padStart(4, '0')}${s.host}` : `${s.rank}${s.host}`,
    filterText: prefix + s.host,
    textEdit: { range, newText: prefix + s.host + suffix },
  }));
}

/** Staging hosts where a Codex config takes one: a new key of a `domains` table, an element of a host list. */
function codexItems(doc: TextDocument, line: number, character: number, env: CompletionEnv): CompletionItem[] {
  const offset = doc.offsetAt({ line, character });
  const slot = codexHostSlotAt(doc.getText(), offset);
  if (!slot) return [];
  const range = { start: doc.positionAt(slot.start), end: { line, character } };
  return hostItems(env, range, '').map((item) => {
    const newText = hostInsertText(slot, item.label);
    return { ...item, filterText: slot.quoted ? item.label : `"${item.label}`, textEdit: { range, newText } };
  });
}

function rememberDoc(host: string, doc: string): string {
  const key = `${host}\u0000${doc.length}`;
  if (hostDocs.size > 5000) hostDocs.clear();
  hostDocs.set(key, doc);
  return key;
}

/** Keys already written in the map whose keys sit at `indent` around `line`. */
function siblingKeys(lines: (l: number) => string, line: number, indent: number): Set<string> {
  const out = new Set<string>();
  for (const dir of [-1, 1]) {
    for (let i = line + dir, n = 0; i >= 0 && n < 2000; i += dir, n++) {
      const text = lines(i);
      if (dir > 0 && text === '' && lines(i + 1) === '' && lines(i + 2) === '') break;
      const els = lineElements(text);
      if (!els.length) continue;
      const first = els[0];
      if (first.col < indent) break;
      const key = els.find((e) => e.kind === 'key' && e.col === indent);
      if (key?.text) out.add(key.text);
      if (first.col === indent && first.kind === 'dash') break;
    }
  }
  return out;
}

function keyItems(root: JsonSchema, s: JsonSchema | undefined, ctx: CursorContext, lines: (l: number) => string, line: number, env: CompletionEnv): CompletionItem[] {
  if (!s) return [];
  const present = siblingKeys(lines, line, ctx.indent);
  const range = { start: { line, character: ctx.prefixStart }, end: { line, character: ctx.prefixStart + ctx.prefix.length } };
  const ind = ' '.repeat(ctx.indent);
  const out: CompletionItem[] = [];
  const props: Record<string, JsonSchema> = {};
  for (const v of [s, ...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])]) Object.assign(props, v.properties ?? {});
  for (const [key, raw] of Object.entries(props)) {
    if (present.has(key)) continue;
    const ps = childSchema(root, s, key);
    const types = typesOf(root, ps);
    const body = types.has('object') ? `${key}:\n${ind}  $0` : types.has('array') ? `${key}:\n${ind}  - $0` : `${key}: $0`;
    out.push(item(key, CompletionItemKind.Property, descriptionOf(ps ?? raw), range, body, env, `0${key}`));
    for (const sn of ps?.defaultSnippets ?? []) {
      const text = `${key}:${snippetBlock(sn, ctx.indent + 2)}`;
      out.push(item(`${key}: ${sn.label ?? 'snippet'}`, CompletionItemKind.Snippet, sn.markdownDescription ?? sn.description ?? descriptionOf(ps), range, text, env, `1${key}`));
    }
  }
  // the map's own snippets (e.g. a whole credential inside `credentials:`)
  for (const sn of s.defaultSnippets ?? []) {
    if (typeof sn.body !== 'object' || Array.isArray(sn.body) || sn.body === null) continue;
    const text = snippetText(sn.body, ctx.indent).replace(/^ +/, '');
    out.push(item(sn.label ?? 'snippet', CompletionItemKind.Snippet, sn.markdownDescription ?? sn.description ?? descriptionOf(s), range, text, env, `2${sn.label ?? ''}`));
  }
  return out;
}

/** A snippet's body as the value of a key: inline for scalars, on the next lines for blocks. */
function snippetBlock(sn: Snippet, indent: number): string {
  if (sn.body !== null && typeof sn.body === 'object') return `\n${snippetText(sn.body, indent)}`;
  return ` ${snippetText(sn.body ?? sn.bodyText ?? '', indent)}`;
}

function item(label: string, kind: CompletionItemKind, doc: string | undefined, range: Range, snippet: string, env: CompletionEnv, sortText: string): CompletionItem {
  return {
    label,
    kind,
    documentation: doc ? { kind: 'markdown', value: doc } : undefined,
    sortText,
    filterText: label.split(':')[0],
    insertTextFormat: env.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.asIs,
    textEdit: { range, newText: env.snippets ? snippet : plainText(snippet) },
  };
}

function valueItems(root: JsonSchema, s: JsonSchema | undefined, range: Range, env: CompletionEnv): CompletionItem[] {
  if (!s) return [];
  const out: CompletionItem[] = [];
  const values = s.enum ?? (s.const !== undefined ? [s.const] : typesOf(root, s).has('boolean') ? [true, false] : []);
  values.forEach((v, i) => {
    const text = String(v);
    const doc = s.markdownEnumDescriptions?.[i] ?? s.enumDescriptions?.[i];
    out.push({ label: text, kind: CompletionItemKind.EnumMember, documentation: doc ? { kind: 'markdown', value: doc } : undefined, sortText: String(i).padStart(3, '0'), textEdit: { range, newText: text } });
  });
  for (const sn of s.defaultSnippets ?? []) {
    if (sn.body !== null && typeof sn.body === 'object') continue;
    const text = snippetText(sn.body ?? '', 0);
    out.push(item(sn.label ?? text, CompletionItemKind.Snippet, sn.markdownDescription ?? sn.description, range, text, env, `9${sn.label ?? ''}`));
  }
  return out;
}

/** AGENTS.md: the missing staging-only rules as snippets inside the Rules section, staging hosts inside URLs. */
function agentsItems(doc: TextDocument, line: number, character: number, env: CompletionEnv): CompletionItem[] {
  const offset = doc.offsetAt({ line, character });
  return agentsCompletions(doc.getText(), offset, { policy: env.policy, path: env.path, workspace: env.workspace }).map((c, i) => ({
    label: c.label,
    kind: c.kind === 'rule' ? CompletionItemKind.Snippet : CompletionItemKind.Value,
    detail: c.detail,
    documentation: c.documentation ? { kind: 'markdown', value: c.documentation } : undefined,
    sortText: String(i).padStart(4, '0'),
    insertTextFormat: c.snippet && env.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: {
      range: { start: doc.positionAt(c.range.start), end: doc.positionAt(c.range.end) },
      newText: c.snippet && !env.snippets ? plainText(c.insertText) : c.insertText,
    },
  }));
}
