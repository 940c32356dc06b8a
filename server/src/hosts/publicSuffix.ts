// A small embedded public-suffix list: country second levels and the shared hosting / cloud
// suffixes under which anyone can get a subdomain. Any single label also counts as a suffix (a TLD).
// Enough to tell `*.co.uk` or `*.amazonaws.com` (everyone's hosts) from `*.example.co.uk` (one owner).

const COUNTRY = [
  'co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'ac.uk', 'gov.uk', 'nhs.uk', 'sch.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'id.au',
  'co.nz', 'org.nz', 'net.nz', 'govt.nz',
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp',
  'co.kr', 'or.kr', 'ne.kr',
  'com.br', 'net.br', 'org.br', 'gov.br',
  'com.cn', 'net.cn', 'org.cn', 'gov.cn',
  'com.hk', 'com.tw', 'com.sg', 'com.my', 'com.ph', 'com.vn', 'co.th', 'co.id',
  'co.in', 'net.in', 'org.in', 'firm.in', 'gen.in', 'ind.in',
  'com.mx', 'com.ar', 'com.co', 'com.pe', 'com.tr', 'com.ua', 'com.pl', 'com.es', 'com.pt',
  'co.za', 'org.za', 'com.ng', 'com.eg', 'co.ke', 'co.il', 'org.il', 'com.sa', 'ae.org',
];

/** Cloud and hosting platforms: every customer gets a subdomain. */
const PLATFORM = [
  'amazonaws.com', 's3.amazonaws.com', 'compute.amazonaws.com', 'elb.amazonaws.com', 'execute-api.amazonaws.com',
  'lambda-url.amazonaws.com', 'awsapps.com', 'cloudfront.net', 'elasticbeanstalk.com', 'amplifyapp.com',
  'azurewebsites.net', 'azure-api.net', 'azurefd.net', 'azureedge.net', 'azurecontainerapps.io', 'blob.core.windows.net',
  'core.windows.net', 'cloudapp.net', 'cloudapp.azure.com', 'trafficmanager.net', 'windows.net',
  'appspot.com', 'cloudfunctions.net', 'run.app', 'web.app', 'firebaseapp.com', 'googleusercontent.com', 'storage.googleapis.com',
  'herokuapp.com', 'herokudns.com', 'vercel.app', 'now.sh', 'netlify.app', 'pages.dev', 'workers.dev',
  'github.io', 'githubusercontent.com', 'gitlab.io', 'bitbucket.io', 'readthedocs.io', 'glitch.me', 'repl.co', 'replit.dev',
  'fly.dev', 'onrender.com', 'railway.app', 'up.railway.app', 'deno.dev', 'surge.sh', 'digitaloceanspaces.com', 'ondigitalocean.app',
  'ngrok.io', 'ngrok-free.app', 'ngrok.app', 'trycloudflare.com', 'loca.lt', 'localtunnel.me',
  'nip.io', 'sslip.io', 'xip.io', 'duckdns.org', 'no-ip.org', 'dyndns.org', 'blogspot.com', 'wordpress.com', 'myshopify.com',
  'cloudflare-ipfs.com', 'fastly.net', 'global.ssl.fastly.net', 'akamaized.net', 'edgekey.net', 'azureedge.us',
  'oraclecloud.com', 'appdomain.cloud', 'vault.azure.net',
];

const SUFFIXES = [...COUNTRY, ...PLATFORM];
const SET: ReadonlySet<string> = new Set(SUFFIXES);
const PLATFORM_SET: ReadonlySet<string> = new Set(PLATFORM);

/** How many labels the longest listed suffix has; bounds every lookup (hostile hosts have 50,000 labels). */
const MAX_LABELS = Math.max(...SUFFIXES.map((s) => s.split('.').length));

/** Start offsets of the last `n` labels of `host`, rightmost first (cost: the length of those labels only). */
function lastLabelStarts(host: string, n: number): number[] {
  const out: number[] = [];
  let end = host.length;
  while (out.length < n) {
    const dot = host.lastIndexOf('.', end - 1);
    out.push(dot + 1);
    if (dot < 0) break;
    end = dot;
  }
  return out;
}

/** The public suffix of a host: the longest listed suffix, else its last label (the TLD). */
export function publicSuffixOf(host: string): string {
  const starts = lastLabelStarts(host, MAX_LABELS);
  let best = host.slice(starts[0]);
  for (let k = 1; k < starts.length; k++) {
    const cand = host.slice(starts[k]);
    if (SET.has(cand)) best = cand;
  }
  return best;
}

/** True when anyone can register names under `name`: a listed suffix or any single label. */
export function isPublicSuffix(name: string): boolean {
  return SET.has(name) || (name.length > 0 && name.indexOf('.') < 0);
}

/** The registrable domain (suffix plus one label), or undefined when the host is itself a public suffix. */
export function registrableDomain(host: string): string | undefined {
  const suffix = publicSuffixOf(host);
  if (suffix.length >= host.length) return undefined;
  const dot = host.lastIndexOf('.', host.length - suffix.length - 2);
  return host.slice(dot + 1);
}

/** True only for a suffix on the embedded list (unlike isPublicSuffix, a single label is not enough). */
export function isListedPublicSuffix(name: string): boolean {
  return SET.has(name);
}

/** True for hosting-platform suffixes (`herokuapp.com`, `vercel.app`), where customers get one label each. */
export function isPlatformSuffix(name: string): boolean {
  return PLATFORM_SET.has(name);
}
