// Which Claude Code settings file this is: the project file decides whether the sandbox is on; a local or
// managed file that says nothing about it leaves the decision to the others (settings merge across scopes).
import type { SettingsContext } from '../../models/settings/context.js';

export function isPartialScope(path: string | undefined): boolean {
  const p = (path ?? '').replace(/\\/g, '/');
  return p.endsWith('/settings.local.json') || p === 'settings.local.json' || p.endsWith('managed-settings.json');
}

/** True when the file has a `sandbox` object: then its switches are this file's decision. */
export function configuresSandbox(ctx: SettingsContext): boolean {
  const s = ctx.model.get(['sandbox']);
  return !!s && typeof s.value === 'object' && s.value !== null && !Array.isArray(s.value);
}

/** The sandbox block that passes SG601, SG602 and SG606: what a fix writes when there is none. */
export const SAFE_SANDBOX = { enabled: true, allowUnsandboxedCommands: false, failIfUnavailable: true };
