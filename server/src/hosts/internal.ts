// Internal endpoints: cloud metadata services, loopback, private and link-local ranges, internal
// names, and any raw IP literal (an allowlist entry should name a host; an IP hides who is behind it
// and is how SSRF payloads spell the metadata address: 2852039166, 0xA9FEA9FE, 0251.0376.0251.0376).
import type { CatalogIndex, MetadataEndpoint } from '../catalog/catalog.js';
import { hostsIndex } from './catalogHosts.js';
import { parseIp, type IpInfo } from './ip.js';

export interface InternalInfo {
  /** one sentence fragment: what the host really is, e.g. "the hex spelling of 169.254.169.254, the cloud metadata endpoint (…)" */
  what: string;
  ip?: IpInfo;
  endpoints: MetadataEndpoint[];
  /** true when the only evidence is a from-memory-unverified catalog fact */
  unverified: boolean;
}

/** Suffixes that never resolve on the public internet. */
const INTERNAL_SUFFIXES = ['localhost', 'internal', 'local', 'home.arpa', 'lan', 'intranet', 'corp', 'localdomain'];

/** Wildcard DNS services that answer with the IP written in the name (`169.254.169.254.nip.io`). */
const IP_ECHO_DOMAINS = ['nip.io', 'sslip.io', 'xip.io', 'traefik.me', 'localtest.me', 'lvh.me'];

/** Single labels that are real top-level domains (reported as over-broad by the wildcard rule instead). */
export const COMMON_TLDS: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'io', 'co', 'dev', 'app', 'ai', 'gov', 'edu', 'mil', 'int', 'info', 'biz', 'me', 'us', 'uk', 'de', 'fr',
  'jp', 'cn', 'ru', 'in', 'au', 'ca', 'eu', 'br', 'nl', 'se', 'ch', 'es', 'it', 'pl', 'cloud', 'xyz', 'tech', 'site', 'online',
  'store', 'page', 'sh', 'ly', 'tv', 'cc', 'to', 'ws', 'so', 'gg', 'vc', 'fm', 'am', 'is', 'ie', 'nz', 'za', 'kr',
]);

function endpointNames(endpoints: MetadataEndpoint[]): string {
  const names = endpoints.map((e) => e.provider);
  return names.length <= 3 ? names.join('; ') : `${names.slice(0, 3).join('; ')} and ${names.length - 3} more`;
}

function describeIp(host: string, ip: IpInfo, endpoints: MetadataEndpoint[]): string {
  const spelled = ip.spelling && ip.spelling !== 'non-canonical IPv6' ? `the ${ip.spelling} spelling of ${ip.canonical}, ` : ip.canonical !== host ? `${ip.canonical}, ` : '';
  if (endpoints.length) return `${spelled}a cloud metadata / platform endpoint (${endpointNames(endpoints)}) in the ${ip.rangeName} range`;
  if (ip.range === 'public') return `${spelled}a raw IP address: the allowlist cannot tell who answers there, and it bypasses host-based review`;
  return `${spelled}an address in the ${ip.rangeName} range`;
}

/** Describes why a (normalized, bare) host is an internal endpoint, or returns undefined. */
export function internalEndpointOf(host: string, catalog: CatalogIndex): InternalInfo | undefined {
  const idx = hostsIndex(catalog);
  const ip = parseIp(host);
  if (ip) {
    const endpoints = idx.metadata.get(ip.canonical) ?? (ip.embeddedV4 ? idx.metadata.get(ip.embeddedV4) : undefined) ?? [];
    return { what: describeIp(host, ip, endpoints), ip, endpoints, unverified: false };
  }
  const named = idx.metadata.get(host);
  if (host === 'localhost') return { what: 'the loopback name (this VM itself)', endpoints: named ?? [], unverified: false };
  for (const s of INTERNAL_SUFFIXES) {
    if (host.endsWith(s) && host.length > s.length && host[host.length - s.length - 1] === '.') {
      const meta = named?.length ? `a cloud metadata / platform endpoint (${endpointNames(named)}); ` : '';
      return { what: `${meta}an internal name under .${s}, which never resolves to a public service`, endpoints: named ?? [], unverified: false };
    }
  }
  if (named?.length) {
    return { what: `a cloud metadata / platform endpoint (${endpointNames(named)})`, endpoints: named, unverified: named.every((e) => e.confidence === 'from-memory-unverified') };
  }
  for (const d of IP_ECHO_DOMAINS) {
    if (!host.endsWith(`.${d}`)) continue;
    const embedded = embeddedIp(host.slice(0, host.length - d.length - 1));
    if (embedded) {
      const endpoints = idx.metadata.get(embedded.canonical) ?? [];
      return { what: `a wildcard-DNS name that resolves to ${describeIp(embedded.canonical, embedded, endpoints)}`, ip: embedded, endpoints, unverified: false };
    }
    if (d === 'localtest.me' || d === 'lvh.me') return { what: 'a public name that resolves to 127.0.0.1 (loopback)', endpoints: [], unverified: false };
  }
  if (host.indexOf('.') < 0 && host.indexOf('*') < 0 && !COMMON_TLDS.has(host)) {
    return { what: "a single-label name, which resolves through the VM's DNS search domains to an internal host", endpoints: [], unverified: false };
  }
  return undefined;
}

/** `app.10.0.0.1` / `10-0-0-1` / `a9fea9fe` prefixes of nip.io-style names. */
function embeddedIp(prefix: string): IpInfo | undefined {
  const labels = prefix.split('.');
  if (labels.length >= 4) {
    const dotted = parseIp(labels.slice(-4).join('.'));
    if (dotted) return dotted;
  }
  const last = labels[labels.length - 1];
  const parts = last.split('-');
  if (parts.length >= 4) {
    const dashed = parseIp(parts.slice(-4).join('.'));
    if (dashed) return dashed;
  }
  if (last.length === 8) return parseIp(`0x${last}`);
  return undefined;
}
