import type { TaskRule } from '../../models/task/taskContext.js';
import { productionHost } from './production-host.js';
import { unverifiedHost } from './unverified-host.js';
import { wildcardHost } from './wildcard-host.js';
import { internalEndpoint } from './internal-endpoint.js';
import { nonBareHost } from './non-bare-host.js';
import { duplicateHost } from './duplicate-host.js';

// Host rules (SG101–SG106), one file each. They share normalization and classification through
// hostEntryUtil.ts, so `https://api.stripe.com/v1` is reported once as non-bare (SG105) and the
// other rules judge `api.stripe.com`.
export const hostRules: TaskRule[] = [productionHost, unverifiedHost, wildcardHost, internalEndpoint, nonBareHost, duplicateHost];
