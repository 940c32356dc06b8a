// Regenerates server/src/catalog/catalog.json from the researched reference
// (../shared/reference/api-sandboxes.json). The output is committed: the build does not need shared/.
// Usage: node scripts/build-catalog.mjs [path/to/api-sandboxes.json]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const src = process.argv[2] ?? path.join(root, '..', 'shared', 'reference', 'api-sandboxes.json');
const ref = JSON.parse(fs.readFileSync(src, 'utf8'));

const providers = ref.providers.map((p) => ({
  id: p.id,
  name: p.name,
  category: p.category,
  sandboxModel: p.sandbox_model,
  sandboxModelNote: p.sandbox_model_note || undefined,
  confidence: p.confidence,
  hosts: p.hosts.map((h) => ({
    host: h.host.toLowerCase(),
    env: h.env,
    role: h.role || undefined,
    confidence: h.confidence,
    source: h.source,
    note: h.note || undefined,
    pattern: h.pattern || undefined,
  })),
  pathRules: p.path_rules?.map((r) => ({
    host: r.host, sandboxPathPrefix: r.sandbox_path_prefix, productionPathPrefix: r.production_path_prefix,
    confidence: r.confidence, source: r.source,
  })),
  hostRegex: p.host_regex || undefined,
  credentials: p.credentials.map((c) => ({ name: c.name, env: c.env, format: c.format, confidence: c.confidence, source: c.source })),
  sources: p.sources,
}));

const metadataEndpoints = ref.metadata_endpoints.map((m) => ({
  id: m.id, provider: m.provider, addresses: m.addresses, hostnames: m.hostnames,
  confidence: m.confidence, sources: m.sources, notes: m.notes || undefined,
}));

const secretPatterns = ref.secret_patterns.map((s) => ({
  id: s.id,
  provider: s.provider,
  scanner: s.scanner,
  env: s.env,
  description: s.description,
  // JavaScript-compatible form: the portable one where the scanner's flavor needs it
  regex: s.regex_portable ?? s.regex,
  flags: s.regex_portable_flags ?? '',
  keywords: s.keywords ?? [],
  confidence: s.confidence,
  sources: s.sources,
}));

const out = { generated: ref.generated, source: 'shared/reference/api-sandboxes.json', providers, metadataEndpoints, secretPatterns };
const dest = path.join(root, 'server', 'src', 'catalog', 'catalog.json');
fs.writeFileSync(dest, JSON.stringify(out) + '\n');
console.log(`wrote ${path.relative(root, dest)}: ${providers.length} providers, ${metadataEndpoints.length} metadata endpoints, ${secretPatterns.length} secret patterns`);
