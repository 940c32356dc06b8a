// Names and shapes of the custom LSP messages between the extension (client/) and the language
// server (server/src/lsp/): one declaration for both sides. Imports nothing.

/** client -> server: a task config's key checklist, merged into the saved one */
export const ChecklistRequest = 'sandboxGuard/checklist';
/** `existing`: the saved checklist; the server merges into it, keeping ticked boxes */
export interface ChecklistParams { uri: string; existing?: string }
export interface ChecklistResult { markdown: string }
/** The file kinds a checklist is built from (task configs and the agent settings with hosts and keys). */
export const CHECKLIST_KINDS = ['task', 'claude', 'srt', 'codex'] as const;

/** client -> server: check every file of the workspace */
export const CheckWorkspaceRequest = 'sandboxGuard/checkWorkspace';
export interface CheckWorkspaceResult { files: number; findings: number }

/** client -> server: the edit that adds the staging-only rules to an AGENTS.md */
export const AddAgentsRulesRequest = 'sandboxGuard/addAgentsRules';
export interface AddAgentsRulesParams { uri: string }

/** run by the server's "Show documentation for <rule>" code action: opens the rule's docs page */
export const ShowDocsCommand = 'sandboxGuard.showDocs';

/** server -> client after every check of a document */
export const StatusNotification = 'sandboxGuard/status';
export interface StatusParams { uri: string; ms: number; findings: number }
