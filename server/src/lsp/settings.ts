// The `sandboxGuard.*` settings, pulled per resource with workspace/configuration (or pushed with
// didChangeConfiguration by clients without pull support), normalized so that bad values never throw.
import type { SeverityOrOff } from '../core/types.js';

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  /** extra task-config globs (relative to the workspace folder) */
  files: string[];
  /** rule ID or name -> severity, applied over the policy */
  rules: Record<string, SeverityOrOff>;
  /** user-level production -> staging map, merged under the policy's */
  stagingHosts: Record<string, string>;
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export const SECTION = 'sandboxGuard';

export function defaultSettings(): Settings {
  return { enable: true, run: 'onType', files: [], rules: {}, stagingHosts: {}, trace: { server: 'off' } };
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Accepts anything a client may send (null, partial objects, wrong types) and returns valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  const s = defaultSettings();
  if (!isRecord(raw)) return s;
  if (typeof raw.enable === 'boolean') s.enable = raw.enable;
  if (raw.run === 'onSave' || raw.run === 'onType') s.run = raw.run;
  if (Array.isArray(raw.files)) s.files = raw.files.filter((f): f is string => typeof f === 'string' && f.length > 0);
  if (isRecord(raw.rules)) {
    for (const [k, v] of Object.entries(raw.rules)) {
      // "information" is what VS Code users tend to write
      const sev = v === 'information' ? 'info' : v;
      if (typeof sev === 'string' && SEVERITIES.has(sev)) s.rules[k] = sev as SeverityOrOff;
    }
  }
  if (isRecord(raw.stagingHosts)) {
    for (const [k, v] of Object.entries(raw.stagingHosts)) if (typeof v === 'string' && v) s.stagingHosts[k.toLowerCase()] = v.toLowerCase();
  }
  const trace = isRecord(raw.trace) ? raw.trace.server : undefined;
  if (trace === 'messages' || trace === 'verbose' || trace === 'off') s.trace.server = trace;
  return s;
}
