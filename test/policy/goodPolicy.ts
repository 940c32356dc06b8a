// A policy file that uses every property correctly (shared by the parse and rule tests).
export const GOOD_POLICY = [
  'stagingHosts:', '  API.Example.com: api.staging.example.com', 'productionHosts:', '  - "*.prod.example.com"', '  - billing.example.com',
  'stagingMarkers: [preview, Canary]', 'rules:', '  SG002: warning', '  policy-invalid-glob: error', 'files: ["ci/tasks/*.yaml", "**/agent-*.yml"]', 'ignore: [fixtures/**]', '',
].join('\n');
