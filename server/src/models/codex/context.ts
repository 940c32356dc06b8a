// What a Codex rule sees: the settings context (the shared settings rules run on it too) with the Codex model.
import type { Rule } from '../../core/types.js';
import type { SettingsContext } from '../settings/context.js';
import type { CodexModel } from './model.js';

export interface CodexContext extends SettingsContext {
  model: CodexModel;
}

export type CodexRule = Rule<CodexContext>;
