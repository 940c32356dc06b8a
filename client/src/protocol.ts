// Names and shapes of the custom LSP messages between this extension and dist/server.js.
// Kept in one place so the client and the tests agree with the server.

export const ChecklistRequest = 'sandboxGuard/checklist';
/** `existing`: the saved checklist; the server merges into it, keeping ticked boxes */
export interface ChecklistParams { uri: string; existing?: string }
export interface ChecklistResult { markdown: string }

export const CheckWorkspaceRequest = 'sandboxGuard/checkWorkspace';
export interface CheckWorkspaceResult { files: number; findings: number }

export const AddAgentsRulesRequest = 'sandboxGuard/addAgentsRules';
export interface AddAgentsRulesParams { uri: string }

/** run by the server's "Show documentation for <rule>" code action: opens the rule's docs page */
export const ShowDocsCommand = 'sandboxGuard.showDocs';

/** server -> client after every check of a document */
export const StatusNotification = 'sandboxGuard/status';
export interface StatusParams { uri: string; ms: number; findings: number }

/** Files the server serves, besides the user's extra `sandboxGuard.files` globs. */
export const TASK_GLOBS = ['**/*.sandbox.yaml', '**/*.sandbox.yml', '**/sandbox.yaml', '**/sandbox.yml'];
export const TASK_GLOB = '**/{*.sandbox.yaml,*.sandbox.yml,sandbox.yaml,sandbox.yml}';
export const POLICY_GLOB = '**/.sandbox-guard.{yaml,yml}';
export const AGENTS_GLOB = '**/AGENTS.md';
export const LANGUAGE_ID = 'sandbox-yaml';
