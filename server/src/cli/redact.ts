// The CLI redacts with the same token shapes the engine applies to every finding.
export { redactSecrets, redactToken } from '../secrets/tokenShapes.js';
