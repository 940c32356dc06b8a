// The rules run on Copilot's setup steps: the shared settings rules (allow-list hosts, secrets), SG301 on the
// `env` maps, then Copilot's own (SG641–SG646).
import type { CopilotRule } from '../../models/copilot/context.js';
import { settingsRules } from '../settings/index.js';
import { settingsProductionEnvEndpoint } from '../settings/production-env-endpoint.js';
import { copilotProductionSecret } from './copilot-production-secret.js';
import { copilotRunProductionUrl } from './copilot-run-production-url.js';
import { copilotSelfHostedRunner } from './copilot-self-hosted-runner.js';
import { copilotBroadPermissions } from './copilot-broad-permissions.js';
import { copilotSetupJobMissing } from './copilot-setup-job-missing.js';
import { copilotFirewallDisabled } from './copilot-firewall-disabled.js';
import { forbiddenHostInSettings } from '../cross/forbidden-host-settings.js';

export const copilotRules: CopilotRule[] = [
  ...settingsRules,
  settingsProductionEnvEndpoint,
  copilotProductionSecret,
  copilotRunProductionUrl,
  copilotSelfHostedRunner,
  copilotBroadPermissions,
  copilotSetupJobMissing,
  copilotFirewallDisabled,
  // SG503: the exported allow list against .github/copilot-instructions.md / AGENTS.md
  forbiddenHostInSettings('copilot'),
];
