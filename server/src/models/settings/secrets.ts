// Every secret in an agent-settings file, found once and shared by secret-in-file (SG201) and live-key
// (SG202): catalog key patterns anywhere in the text (values, comments), and the literal value of a variable
// named like a secret (`STRIPE_SECRET_KEY`, `API_TOKEN`) that no pattern knows.
import type { Span } from '../../core/types.js';
import { isSecretKeyName, isSecretReference } from '../../secrets/keys.js';
import type { CompiledPattern } from '../../secrets/patterns.js';
import { scanSecrets } from '../../secrets/scan.js';
import type { SettingsContext } from './context.js';
import type { SettingsEnv } from './model.js';

export interface SettingsSecret {
  span: Span;
  /** never print: use redact() */
  secret: string;
  live: boolean;
  publishable: boolean;
  pattern?: CompiledPattern;
  /** the variable that holds it, when it is an env value */
  env?: SettingsEnv;
}

const cache = new WeakMap<SettingsContext, SettingsSecret[]>();

export function settingsSecrets(ctx: SettingsContext): SettingsSecret[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const envAt = (span: Span) => ctx.model.env.find((e) => e.valueSpan && e.valueSpan.start <= span.start && span.end <= e.valueSpan.end);
  const out: SettingsSecret[] = scanSecrets(ctx.text, ctx.catalog).map((m) => ({
    span: m.span,
    secret: m.secret,
    live: m.mode === 'live',
    publishable: m.pattern.publishable,
    pattern: m.pattern,
    env: envAt(m.span),
  }));
  for (const e of ctx.model.env) {
    if (e.value === undefined || !e.valueSpan || !isSecretKeyName(e.name) || isSecretReference(e.value)) continue;
    const span = e.valueSpan;
    if (out.some((h) => h.span.start < span.end && span.start < h.span.end)) continue;
    out.push({ span, secret: e.value, live: false, publishable: false, env: e });
  }
  out.sort((a, b) => a.span.start - b.span.start);
  cache.set(ctx, out);
  return out;
}
