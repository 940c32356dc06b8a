// "Add Staging-Only Rules to AGENTS.md": the edits that make a file state all four rules.
import type { TextEdit } from '../../core/types.js';
import { analyzeAgentsCached, missingRules } from './analyze.js';
import { appendRulesSection, insertIntoSection, newAgentsFile } from './rulesText.js';

/**
 * Edits that give AGENTS.md the four staging-only rules: the whole file when it does not exist
 * (`text` undefined), a `## Rules` section when it has none, else the missing rules in its section.
 * Empty when nothing is missing.
 */
export function addStagingRulesEdit(text: string | undefined): TextEdit[] {
  if (text === undefined) return [{ start: 0, end: 0, newText: newAgentsFile() }];
  const a = analyzeAgentsCached(text);
  if (!a.rulesSections.length) return [appendRulesSection(text, a.md)];
  const missing = missingRules(a);
  return missing.length ? [insertIntoSection(text, a.md, a.rulesSections[0], missing)] : [];
}
