// Shared fixtures for the cross-file rule tables (SG501–SG503): texts of an in-memory workspace under /ws.
import { GOOD, RULES } from '../../agents/helpers.js';

export { GOOD, RULES, without } from '../../agents/helpers.js';

/** Every finding of the three cross-file rules is stated, so a row also pins the absence of the other two. */
export const cross = (label: string) => ({ label, rules: ['SG501', 'SG502', 'SG503'] });

/** A task config whose `network` key is on line 2. */
export const CONFIG = '# payments tests\nnetwork:\n  allowlist:\n    - api.staging.example.com\n';
/** GOOD plus a prohibition of `api.example.com` on line 8. */
export const FORBIDS = `${GOOD}- NEVER call \`api.example.com\` from cloud tasks\n`;
export const ALLOWS = 'network:\n  allowlist:\n    - api.staging.example.com\n    - api.example.com\n';
/** The AGENTS.md that SG501's fix creates. */
export const CREATED = `# Agent instructions\n\nCloud tasks in this folder run with network access to the hosts their task config allowlists.\n\n## Rules\n\n${RULES.join('\n')}\n`;
