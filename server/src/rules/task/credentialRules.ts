import type { TaskRule } from '../../models/task/taskContext.js';
import { secretInFile } from './secret-in-file.js';
import { liveKey } from './live-key.js';
import { credentialSource } from './credential-source.js';
import { credentialScope } from './credential-scope.js';
import { credentialPermissions } from './credential-permissions.js';
import { productionCredentialName } from './production-credential-name.js';
import { missingRateLimit } from './missing-rate-limit.js';
import { sandboxLabel } from './sandbox-label.js';
import { credentialHostNotAllowlisted } from './credential-host-not-allowlisted.js';
import { productionEnvEndpoint } from './production-env-endpoint.js';
import { envHostNotAllowlisted } from './env-host-not-allowlisted.js';
import { writeMethods } from './write-methods.js';

// Credential, secret, env and method rules (SG201–SG209, SG301–SG303), one file each.
export const credentialRules: TaskRule[] = [
  secretInFile,
  liveKey,
  credentialSource,
  credentialScope,
  credentialPermissions,
  productionCredentialName,
  missingRateLimit,
  sandboxLabel,
  credentialHostNotAllowlisted,
  productionEnvEndpoint,
  envHostNotAllowlisted,
  writeMethods,
];
