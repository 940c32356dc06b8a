// What a Copilot setup-steps rule sees: the settings context, with the workflow read into the Copilot model.
import type { Rule } from '../../core/types.js';
import type { SettingsContext } from '../settings/context.js';
import type { CopilotModel } from './setupSteps.js';

export interface CopilotContext extends SettingsContext {
  model: CopilotModel;
}

export type CopilotRule = Rule<CopilotContext>;
