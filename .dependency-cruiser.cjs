// Import rules of the layers in docs/architecture.md, bottom to top: a layer imports only layers below it.
// Run by `npm run lint:deps` (part of `npm test`).
const LAYERS = [
  ['common', '^common/'],
  ['core', '^server/src/core/'],
  ['leaves', '^server/src/(catalog|hosts|secrets|schema|rules/meta)/'],
  ['models', '^server/src/models/'],
  ['rules', '^server/src/rules/'],
  ['kinds', '^server/src/kinds/'],
  ['engine', '^server/src/engine/'],
  ['adapters', '^server/src/(cli|lsp)/'],
];
const paths = (layers) => layers.map(([, p]) => p);

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    { name: 'common-imports-nothing', comment: 'common/ is shared by client and server: no imports of ours, no node APIs, no packages', severity: 'error', from: { path: '^common/' }, to: { pathNot: '^common/' } },
    { name: 'rule-metadata-is-data', comment: 'rules/meta/ is read by suppressions, policy sanitising, hover and docs: it must not pull in rule code', severity: 'error', from: { path: '^server/src/rules/meta/' }, to: { pathNot: ['^server/src/rules/meta/', '^server/src/core/', '^common/'] } },
    { name: 'client-not-server', comment: 'the client talks to the server only through common/ and LSP', severity: 'error', from: { path: '^client/' }, to: { path: '^server/' } },
    ...LAYERS.slice(0, -1).map(([name, p], i) => ({
      name: `no-upward-from-${name}`,
      severity: 'error',
      from: { path: p, pathNot: paths(LAYERS.slice(0, i)) },
      to: { path: paths(LAYERS.slice(i + 1)), pathNot: paths(LAYERS.slice(0, i + 1)) },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
