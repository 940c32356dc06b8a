// Host mentions in AGENTS.md (prose, link targets, inline code, fenced code) and what they are.
import type { CatalogIndex } from '../../catalog/catalog.js';
import type { Span } from '../../core/types.js';
import { classifyHost, deriveStagingHost, stagingFor, type HostClass } from '../../hosts/classify.js';
import { COMMON_TLDS } from '../../hosts/internal.js';
import type { Policy } from '../../core/policy.js';
import type { AgentsMarkdown } from './parse.js';

export type MentionContext = 'prose' | 'link' | 'inline-code' | 'code' | 'html' | 'front-matter';

export interface HostMention {
  host: string;
  /** span of the host name itself (inside a URL: only the host part) */
  span: Span;
  /** span of the URL or host token as written */
  tokenSpan: Span;
  /** written as a URL (`https://…`) */
  url: boolean;
  context: MentionContext;
  /** the sentence forbids it ("never call api.example.com") */
  forbidden: boolean;
}

export const CONTEXT_WORDS: Record<MentionContext, string> = {
  prose: 'in prose',
  link: 'in a link target',
  'inline-code': 'in inline code',
  code: 'in a code block (an example the agent may run)',
  html: 'in HTML',
  'front-matter': 'in the front matter',
};

/** File names look like hosts (`AGENTS.md`, `config.ts`): a bare name only counts with a common TLD. */
const FILE_EXT = new Set(['md', 'ts', 'js', 'json', 'yaml', 'yml', 'py', 'sh', 'txt', 'toml', 'lock', 'mjs', 'cjs', 'tsx', 'jsx', 'go', 'rs', 'html', 'css', 'log', 'env', 'cfg', 'ini', 'xml', 'lua', 'rb', 'java', 'kt']);

export function plausibleHost(host: string, url: boolean): boolean {
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => !l)) return false;
  const tld = labels[labels.length - 1];
  if (/^\d+$/.test(tld)) return url; // IPs only as URLs
  if (url) return true;
  if (FILE_EXT.has(tld)) return false;
  return COMMON_TLDS.has(tld) || labels.length >= 3 && tld.length >= 2 && /^[a-z]+$/.test(tld) && !FILE_EXT.has(tld);
}

export function contextAt(md: AgentsMarkdown, offset: number, inProse: boolean): MentionContext {
  if (md.frontMatter && offset < md.frontMatter.end) return 'front-matter';
  for (const c of md.code) {
    if (c.span.start > offset) break;
    if (offset < c.span.end || (offset === c.span.end && c.span.start === c.span.end)) return c.kind === 'inline' ? 'inline-code' : 'code';
  }
  for (const l of md.links) if (offset >= l.span.start && offset < l.span.end && offset > l.span.start + 1) return 'link';
  return inProse ? 'prose' : 'html';
}

export interface ProductionVerdict {
  cls: HostClass;
  /** why it counts as production, for the message */
  why: string;
  /** lowered severity for name-only evidence */
  uncertain: boolean;
}

const API_LABEL = /^(api|apis|rest|graphql|gateway|hooks|webhooks?|payments?|pay|oauth|auth|connect)(-|$)|-api$/;

/**
 * Is this mention a production host? Catalog/policy production hosts are; an unknown host is when
 * it names an API (`api.`, `hooks.` …) in a URL or code, or when its staging twin is named too.
 */
export function productionVerdict(m: HostMention, catalog: CatalogIndex, policy: Policy, stagingTwins: ReadonlySet<string>): ProductionVerdict | undefined {
  const cls = classifyHost(m.host, catalog, policy);
  if (cls.kind === 'production') {
    const src = cls.reason === 'catalog' || cls.reason.startsWith('catalog') ? `a ${cls.provider ?? 'catalog'} production host` : 'a production host in the team policy';
    return { cls, why: src, uncertain: !!cls.unverified };
  }
  if (cls.kind !== 'unknown') return undefined;
  if (stagingTwins.has(m.host)) return { cls, why: 'the production twin of a staging host named in this workspace', uncertain: false };
  const first = m.host.split('.')[0];
  if ((m.url || m.context === 'code' || m.context === 'inline-code') && API_LABEL.test(first) && m.host.split('.').length >= 3) {
    return { cls, why: 'an API host with no staging marker', uncertain: true };
  }
  return undefined;
}

/** The staging host to swap in: policy, catalog, else (for hosts the catalog does not know) the derived `staging.` host. */
export function stagingSwapFor(host: string, catalog: CatalogIndex, policy: Policy): { host: string; derived: boolean } | undefined {
  const s = stagingFor(host, catalog, policy);
  if (s) return { host: s.host, derived: s.from === 'derived' };
  // a catalog provider without a sandbox host gets no invented one
  if (classifyHost(host, catalog, policy).facts.length) return undefined;
  const d = deriveStagingHost(host);
  return d ? { host: d, derived: true } : undefined;
}

/** Production twins of staging-marked hosts: `api.staging.example.com` -> `api.example.com`. */
export function twinsOf(hosts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const h of hosts) {
    const labels = h.split('.');
    const i = labels.findIndex((l) => STAGING_LABELS.has(l));
    if (i >= 0 && labels.length > 2) out.add([...labels.slice(0, i), ...labels.slice(i + 1)].join('.'));
    const parts = labels[0].split('-');
    if (parts.length > 1 && STAGING_LABELS.has(parts[parts.length - 1])) out.add([parts.slice(0, -1).join('-'), ...labels.slice(1)].join('.'));
  }
  return out;
}
const STAGING_LABELS = new Set(['staging', 'stage', 'stg', 'sandbox', 'test', 'testing', 'qa', 'uat', 'dev', 'preprod']);
