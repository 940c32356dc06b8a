// IP literal detection: every spelling a resolver or URL parser accepts for an IPv4 address
// (dotted, decimal, hex, octal, shortened, overflowed) and IPv6 (compressed, mixed, zoned),
// plus the special-purpose ranges a sandbox must never reach. No regexes: plain character loops.

export type IpRangeKind =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unspecified'
  | 'shared' // 100.64.0.0/10 carrier-grade NAT (Alibaba metadata lives here)
  | 'reserved'
  | 'multicast'
  | 'public';

export interface IpInfo {
  version: 4 | 6;
  /** canonical spelling: dotted decimal, or RFC 5952 IPv6 */
  canonical: string;
  /** how the literal was written, when it is not the canonical spelling (e.g. "decimal", "hex") */
  spelling?: string;
  range: IpRangeKind;
  /** human name of the range, e.g. "link-local 169.254.0.0/16" */
  rangeName: string;
  /** for IPv4-mapped / NAT64 IPv6: the embedded IPv4 address */
  embeddedV4?: string;
}

const MAX_V4 = 0xffffffff;

interface V4Part {
  value: number;
  radix: 8 | 10 | 16;
}

/** Parses one dot-separated part the way inet_aton / WHATWG do: 0x.. hex, 0.. octal, else decimal. */
function parseV4Part(p: string): V4Part | undefined {
  if (p.length === 0 || p.length > 40) return undefined;
  let radix: 8 | 10 | 16 = 10;
  let i = 0;
  if (p.length >= 2 && p[0] === '0' && (p[1] === 'x' || p[1] === 'X')) {
    radix = 16;
    i = 2;
  } else if (p.length >= 2 && p[0] === '0') {
    radix = 8;
    i = 1;
  }
  let value = 0;
  for (; i < p.length; i++) {
    const c = p.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (radix === 16 && c >= 97 && c <= 102) d = c - 87;
    else if (radix === 16 && c >= 65 && c <= 70) d = c - 55;
    else return undefined;
    if (d >= radix) return undefined;
    value = value * radix + d;
    if (value > 2 ** 48) return undefined; // absurdly long: not an address anyone means
  }
  return { value, radix };
}

/** Parses any IPv4 spelling (1–4 numeric parts). Overflowed parts are reduced modulo their width, as some resolvers do. */
export function parseIPv4(text: string): { value: number; spelling?: string } | undefined {
  if (text.length === 0 || text.length > 64) return undefined;
  const raw = text.split('.');
  if (raw.length > 4) return undefined;
  const parts: V4Part[] = [];
  for (const r of raw) {
    const p = parseV4Part(r);
    if (!p) return undefined;
    parts.push(p);
  }
  const n = parts.length;
  let overflow = false;
  let value = 0;
  for (let k = 0; k < n - 1; k++) {
    let v = parts[k].value;
    if (v > 255) {
      overflow = true;
      v %= 256;
    }
    value = value * 256 + v;
  }
  const lastWidth = 256 ** (5 - n);
  let last = parts[n - 1].value;
  if (last >= lastWidth) {
    overflow = true;
    last %= lastWidth;
  }
  value = value * lastWidth + last;
  if (value > MAX_V4) return undefined;
  const canonicalText = formatIPv4(value);
  if (canonicalText === text) return { value };
  const radixes = new Set(parts.map((p) => p.radix));
  let spelling: string;
  if (overflow) spelling = 'overflowed';
  else if (n === 1) spelling = radixes.has(16) ? 'hex' : radixes.has(8) ? 'octal' : 'decimal';
  else if (n < 4) spelling = 'shortened';
  else if (radixes.size === 1 && radixes.has(16)) spelling = 'hex';
  else if (radixes.size === 1 && radixes.has(8)) spelling = 'octal';
  else spelling = 'mixed-radix';
  return { value, spelling };
}

export function formatIPv4(value: number): string {
  return `${(value >>> 24) & 255}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** Parses an IPv6 literal (without brackets; a `%zone` suffix is ignored) into 8 groups. */
export function parseIPv6(text: string): number[] | undefined {
  let s = text;
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (s.length < 2 || s.length > 45 || s.indexOf(':') < 0) return undefined;
  const dbl = s.indexOf('::');
  if (dbl >= 0 && s.indexOf('::', dbl + 1) >= 0) return undefined;
  const parseSide = (side: string, allowV4: boolean): number[] | undefined => {
    if (side === '') return [];
    const groups = side.split(':');
    const out: number[] = [];
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k];
      if (allowV4 && k === groups.length - 1 && g.indexOf('.') >= 0) {
        const v4 = parseStrictDottedV4(g);
        if (v4 === undefined) return undefined;
        out.push((v4 >>> 16) & 0xffff, v4 & 0xffff);
        continue;
      }
      if (g.length === 0 || g.length > 4) return undefined;
      let v = 0;
      for (let i = 0; i < g.length; i++) {
        const c = g.charCodeAt(i) | 0x20; // lowercase letters; digits unaffected
        if (c >= 48 && c <= 57) v = v * 16 + (c - 48);
        else if (c >= 97 && c <= 102) v = v * 16 + (c - 87);
        else return undefined;
      }
      out.push(v);
    }
    return out;
  };
  if (dbl < 0) {
    const all = parseSide(s, true);
    return all && all.length === 8 ? all : undefined;
  }
  const head = parseSide(s.slice(0, dbl), false);
  const tail = parseSide(s.slice(dbl + 2), true);
  if (!head || !tail || head.length + tail.length > 7) return undefined;
  return [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
}

function parseStrictDottedV4(s: string): number | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0;
  for (const p of parts) {
    if (p.length === 0 || p.length > 3 || (p.length > 1 && p[0] === '0')) return undefined;
    let n = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c < 48 || c > 57) return undefined;
      n = n * 10 + c - 48;
    }
    if (n > 255) return undefined;
    v = v * 256 + n;
  }
  return v;
}

/** RFC 5952 text form: lowercase, no leading zeros, the longest run of 2+ zero groups as `::`. */
export function formatIPv6(groups: number[]): string {
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (a: number[]) => a.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLen))}`;
}

interface V4Range {
  base: number;
  bits: number;
  kind: IpRangeKind;
  name: string;
}

const V4_RANGES: V4Range[] = [
  { base: 0x00000000, bits: 8, kind: 'unspecified', name: '"this network" 0.0.0.0/8 (reaches the local host on many systems)' },
  { base: 0x0a000000, bits: 8, kind: 'private', name: 'private 10.0.0.0/8' },
  { base: 0x64400000, bits: 10, kind: 'shared', name: 'carrier-grade NAT 100.64.0.0/10 (cloud-internal services live here)' },
  { base: 0x7f000000, bits: 8, kind: 'loopback', name: 'loopback 127.0.0.0/8' },
  { base: 0xa9fe0000, bits: 16, kind: 'link-local', name: 'link-local 169.254.0.0/16' },
  { base: 0xac100000, bits: 12, kind: 'private', name: 'private 172.16.0.0/12' },
  { base: 0xc0000000, bits: 24, kind: 'reserved', name: 'IETF protocol assignments 192.0.0.0/24' },
  { base: 0xc0a80000, bits: 16, kind: 'private', name: 'private 192.168.0.0/16' },
  { base: 0xc6120000, bits: 15, kind: 'reserved', name: 'benchmarking 198.18.0.0/15' },
  { base: 0xe0000000, bits: 4, kind: 'multicast', name: 'multicast 224.0.0.0/4' },
  { base: 0xf0000000, bits: 4, kind: 'reserved', name: 'reserved 240.0.0.0/4' },
];

function v4Range(value: number): { kind: IpRangeKind; name: string } {
  for (const r of V4_RANGES) {
    const mask = r.bits === 0 ? 0 : (MAX_V4 << (32 - r.bits)) >>> 0;
    if (((value & mask) >>> 0) === r.base) return r;
  }
  return { kind: 'public', name: 'public address' };
}

function v6Range(g: number[]): { kind: IpRangeKind; name: string; embeddedV4?: number } {
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(7) && g[7] === 1) return { kind: 'loopback', name: 'loopback ::1' };
  if (zeroUpTo(8)) return { kind: 'unspecified', name: 'unspecified ::' };
  if (zeroUpTo(5) && g[5] === 0xffff) return { kind: 'public', name: 'IPv4-mapped ::ffff:0:0/96', embeddedV4: g[6] * 65536 + g[7] };
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return { kind: 'public', name: 'NAT64 64:ff9b::/96', embeddedV4: g[6] * 65536 + g[7] };
  if ((g[0] & 0xffc0) === 0xfe80) return { kind: 'link-local', name: 'link-local fe80::/10' };
  if ((g[0] & 0xfe00) === 0xfc00) return { kind: 'private', name: 'unique local fc00::/7' };
  if ((g[0] & 0xff00) === 0xff00) return { kind: 'multicast', name: 'multicast ff00::/8' };
  if (g[0] === 0x2001 && g[1] === 0xdb8) return { kind: 'reserved', name: 'documentation 2001:db8::/32' };
  return { kind: 'public', name: 'public address' };
}

/** Recognizes an IP literal (any IPv4 spelling, or IPv6 without brackets). Returns undefined for host names. */
export function parseIp(text: string): IpInfo | undefined {
  if (text.indexOf(':') >= 0) {
    const g = parseIPv6(text);
    if (!g) return undefined;
    const canonical = formatIPv6(g);
    const r = v6Range(g);
    const info: IpInfo = { version: 6, canonical, range: r.kind, rangeName: r.name };
    if (canonical !== text) info.spelling = 'non-canonical IPv6';
    if (r.embeddedV4 !== undefined) {
      const inner = v4Range(r.embeddedV4);
      info.embeddedV4 = formatIPv4(r.embeddedV4);
      info.range = inner.kind;
      info.rangeName = `${r.name} of ${info.embeddedV4} (${inner.name})`;
    }
    return info;
  }
  const v4 = parseIPv4(text);
  if (!v4) return undefined;
  const r = v4Range(v4.value);
  return { version: 4, canonical: formatIPv4(v4.value), spelling: v4.spelling, range: r.kind, rangeName: r.name };
}
