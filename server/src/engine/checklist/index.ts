// The sandbox-key checklist: `generateChecklist(configText)` -> Markdown, `mergeChecklist(old, new)` keeps ticks.
export { generateChecklist, type ChecklistOptions } from './generate.js';
export { mergeChecklist } from './merge.js';
