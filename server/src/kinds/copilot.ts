// GitHub Copilot coding agent's setup steps (`.github/workflows/copilot-setup-steps.yml`): the workflow read
// into the settings model, then the shared settings rules and Copilot's own. YAML suppressions (`# …`).
import { FILE_PATTERNS } from '../../../common/filePatterns.js';
import { loadCatalog } from '../catalog/catalog.js';
import type { CheckOptions } from '../core/checkOptions.js';
import { runRules } from '../core/findings.js';
import type { LineIndex } from '../core/lineIndex.js';
import type { Policy } from '../core/policy.js';
import type { Finding } from '../core/types.js';
import type { CopilotContext } from '../models/copilot/context.js';
import { readCopilotSetupSteps, type CopilotModel } from '../models/copilot/setupSteps.js';
import { copilotRules } from '../rules/copilot/index.js';
import type { KindDescriptor } from './descriptor.js';

function checkCopilot(text: string, lines: LineIndex, options: CheckOptions & { policy: Policy }): Finding[] {
  const model = readCopilotSetupSteps(text);
  const ctx: CopilotContext = { text, path: options.path, lines, model, catalog: loadCatalog(), policy: options.policy, workspace: options.workspace };
  // refused or unexpandable input: only the syntax rule, nothing else can be trusted
  const run = model.parsed ? copilotRules : copilotRules.filter((r) => r.id === 'SG003');
  return runRules(run, ctx, lines, options.policy, options.overrides).map((f) => declaredCopy(f, model));
}

const ENFORCED_ELSEWHERE = "Copilot's firewall enforces the list in repository settings (Settings → Copilot → coding agent), not this file: change it there too.";

/**
 * A finding on an exported allow-list host: the file holds only a copy of the list Copilot enforces, so the
 * message says where the real one is, and a fix (which changes only the copy) is never applied unattended.
 */
function declaredCopy(f: Finding, model: CopilotModel): Finding {
  if (!model.hosts.some((h) => h.span.start <= f.span.start && f.span.end <= h.span.end)) return f;
  return {
    ...f,
    message: `${f.message} ${ENFORCED_ELSEWHERE}`,
    fixes: f.fixes.map((x) => ({ ...x, title: `${x.title} (then update the firewall list in repository settings)`, safe: false })),
  };
}

export const copilotKind: KindDescriptor = {
  kind: 'copilot',
  patterns: FILE_PATTERNS.copilot,
  comments: 'yaml',
  rules: copilotRules,
  check: checkCopilot,
  editor: { features: 'copilot-yaml' },
};
