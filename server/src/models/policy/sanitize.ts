// Builds the effective Policy from a policy file's data, keeping only entries that are valid:
// a broken entry falls back to the default, it never switches checking off.
import type { CatalogIndex } from '../../catalog/catalog.js';
import type { Severity, SeverityOrOff } from '../../core/types.js';
import { findRule } from '../../rules/meta/index.js';
import { SCHEMAS, type JsonSchema } from '../../schema/schemaInfo.js';
import { stagingHostProblem } from './checks.js';
import { globProblem } from './globs.js';
import { emptyPolicy, type Policy } from '../../core/policy.js';

// the schema's own patterns: one source of truth for what the schema and the effective policy accept
const props = SCHEMAS.policy.properties as Record<string, JsonSchema>;
const HOST = new RegExp(String((props.stagingHosts.propertyNames as JsonSchema).pattern), 'u');
const HOST_OR_WILDCARD = new RegExp(String((props.productionHosts.items as JsonSchema).pattern), 'u');
const MARKER = new RegExp(String((props.stagingMarkers.items as JsonSchema).pattern), 'u');
const SEVERITIES: SeverityOrOff[] = ['off', 'info', 'warning', 'error'];
const RANK: Record<SeverityOrOff, number> = { off: 0, info: 1, warning: 2, error: 3 };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export interface SanitizeOptions {
  /** the file did not parse cleanly: keep only what makes checking stricter */
  strictOnly?: boolean;
}

export function sanitizePolicy(value: unknown, catalog: CatalogIndex, options: SanitizeOptions = {}): Policy {
  const policy = emptyPolicy();
  if (!isObject(value)) return policy;
  policy.productionHosts = unique(strings(value.productionHosts).filter((h) => HOST_OR_WILDCARD.test(h)).map((h) => h.toLowerCase()));
  if (isObject(value.stagingHosts)) {
    for (const [from, to] of Object.entries(value.stagingHosts)) {
      if (!HOST.test(from) || typeof to !== 'string' || !HOST.test(to)) continue;
      if (stagingHostProblem(from, to, catalog, policy.productionHosts)) continue;
      policy.stagingHosts[from.toLowerCase()] = to.toLowerCase();
    }
  }
  policy.stagingMarkers = unique(strings(value.stagingMarkers).filter((m) => MARKER.test(m)).map((m) => m.toLowerCase()));
  if (isObject(value.rules)) {
    for (const [key, sev] of Object.entries(value.rules)) {
      const rule = findRule(key);
      if (rule && typeof sev === 'string' && (SEVERITIES as string[]).includes(sev)) policy.rules[rule.id] = sev as SeverityOrOff;
    }
  }
  policy.files = unique(strings(value.files).filter((g) => !globProblem(g)));
  policy.ignore = unique(strings(value.ignore).filter((g) => !globProblem(g)));
  return options.strictOnly ? stricterOnly(policy) : policy;
}

/** The parts of a policy that can only add findings: what survives a file that does not parse. */
function stricterOnly(p: Policy): Policy {
  const out = emptyPolicy();
  out.productionHosts = unique([...p.productionHosts, ...Object.keys(p.stagingHosts)]);
  out.files = p.files;
  for (const [id, sev] of Object.entries(p.rules)) {
    const def = findRule(id)?.severity as Severity | undefined;
    if (def && RANK[sev] > RANK[def]) out.rules[id] = sev;
  }
  return out;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
