// Staging markers: a host is "marked" non-production when a whole DNS label or a whole hyphen part
// of a label is a marker word (`api.staging.x.com`, `api-sandbox.x.com`, `qa-eu.x.com`).
// Substrings never count: `latest.example.com` and `contest.io` contain "test" but are not test hosts.
import { registrableDomain } from './publicSuffix.js';

export const STAGING_MARKERS: readonly string[] = [
  'staging', 'stage', 'stg',
  'sandbox', 'sbx', 'sdbx', 'sndbx',
  'test', 'tests', 'testing', 'testnet',
  'qa', 'uat', 'sit',
  'dev', 'devel', 'development',
  'demo', 'preprod', 'nonprod', 'nonproduction', 'non-prod', 'pre-prod',
  'playground', 'cert', 'certification',
  'mock', 'fake', 'simulator',
];

/** Words that mark a host as production; swapped for `staging` when deriving a staging host. */
export const PRODUCTION_MARKERS: readonly string[] = ['prod', 'production', 'prd', 'live'];

const BUILTIN: ReadonlySet<string> = new Set(STAGING_MARKERS);
const PROD: ReadonlySet<string> = new Set(PRODUCTION_MARKERS);

/** Top-level domains reserved for testing (RFC 2606 / 6761): nothing under them is production. */
const RESERVED_TEST_TLDS: ReadonlySet<string> = new Set(['test', 'example', 'invalid']);

function markerIn(label: string, words: ReadonlySet<string>, extra: ReadonlySet<string> | undefined, allowWhole: boolean): string | undefined {
  const has = (w: string) => words.has(w) || (extra !== undefined && extra.has(w));
  if (allowWhole && has(label)) return label;
  if (label.indexOf('-') < 0) return undefined;
  let start = 0;
  for (let i = 0; i <= label.length; i++) {
    if (i === label.length || label[i] === '-') {
      if (i > start) {
        const part = label.slice(start, i);
        if (has(part)) return part;
      }
      start = i + 1;
    }
  }
  return undefined;
}

/**
 * The staging marker of a host, or undefined. Markers count in the labels left of the registrable
 * domain, and as hyphen parts of the registrable label (`acme-staging.com`) — but a registrable
 * label that is itself a marker word (`dev.to`, `test.com`) is someone's production site.
 */
export function stagingMarkerOf(host: string, extra?: ReadonlySet<string>): string | undefined {
  return markerOf(host, BUILTIN, extra);
}

/** The production marker of a host (`api-prod.x.com`, `live.x.com`), or undefined. */
export function productionMarkerOf(host: string): string | undefined {
  return markerOf(host, PROD, undefined);
}

function markerOf(host: string, words: ReadonlySet<string>, extra: ReadonlySet<string> | undefined): string | undefined {
  const lastDot = host.lastIndexOf('.');
  if (lastDot < 0) return undefined;
  if (words === BUILTIN && RESERVED_TEST_TLDS.has(host.slice(lastDot + 1))) return host.slice(lastDot + 1);
  const reg = registrableDomain(host);
  if (!reg) return undefined;
  const regLabelEnd = reg.indexOf('.');
  const regLabel = reg.slice(0, regLabelEnd);
  const subEnd = host.length - reg.length - 1; // the subdomain part is host[0, subEnd)
  let start = 0;
  for (let i = 0; i <= subEnd; i++) {
    if (i === subEnd || host[i] === '.') {
      if (i > start) {
        const m = markerIn(host.slice(start, i), words, extra, true);
        if (m) return m;
      }
      start = i + 1;
    }
  }
  return markerIn(regLabel, words, extra, false);
}

/** Lowercased policy markers, as a set (build once per policy). */
export function markerSet(markers: readonly string[]): ReadonlySet<string> {
  return new Set(markers.map((m) => m.trim().toLowerCase()).filter((m) => m.length > 0));
}
