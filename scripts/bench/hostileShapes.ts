// Small hostile inputs (issue 8 §3): each shape generated at a scale; scale 100 is the size the red team
// reported (or close), so the benchmark's 1× / 10× / 100× columns show how cost grows with input size.
// Shared by the benchmark and the tests, so both exercise the same texts.
import type { FileKind } from '../../server/src/core/types.js';

export interface HostileShape {
  name: string;
  kind: FileKind;
  path: string;
  /** the text at `scale` (1, 10, 100) */
  text(scale: number): string;
  /** the bare library parse of the same text applies as a baseline (mdast or yaml) */
  baseline?: 'markdown' | 'yaml';
}

const rep = (s: string, n: number) => s.repeat(n);
const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';

export const HOSTILE_SHAPES: HostileShape[] = [
  {
    name: 'identical allowlist entries (50 per scale)',
    kind: 'task', path: 'dup.sandbox.yaml', baseline: 'yaml',
    text: (s) => 'name: dup\nnetwork:\n  allowlist:\n' + rep('    - api.staging.acme-payments.com\n', 50 * s),
  },
  {
    name: 'mapping keys (320 per scale)',
    kind: 'task', path: 'keys.sandbox.yaml', baseline: 'yaml',
    text: (s) => 'name: keys\nenv:\n' + lines(320 * s, (i) => `  K${i}: v${i}`),
  },
  {
    name: 'env URLs (450 per scale)',
    kind: 'task', path: 'env.sandbox.yaml', baseline: 'yaml',
    text: (s) => "name: env\nenv:\n" + lines(450 * s, (i) => `  U${i}: https://api${i}.paypal.com/v1`),
  },
  {
    name: '`*a` repeated (1,000 per scale)',
    kind: 'agents', path: 'AGENTS.md', baseline: 'markdown',
    text: (s) => '# Rules\n\n' + rep('*a', 1000 * s) + '\n',
  },
  {
    name: '`[` repeated (20 KB per scale)',
    kind: 'agents', path: 'AGENTS.md', baseline: 'markdown',
    text: (s) => rep('[', 20_000 * s),
  },
  {
    name: 'link references (400 per scale)',
    kind: 'agents', path: 'AGENTS.md', baseline: 'markdown',
    text: (s) => '# Links\n\n' + rep('[a][b]', 400 * s) + '\n\n[b]: https://api.staging.example.com/x\n',
  },
  {
    name: 'AGENTS.md lines (1,000 per scale)',
    kind: 'agents', path: 'AGENTS.md', baseline: 'markdown',
    text: (s) => lines(1000 * s, (i) => (i % 50 === 0 ? `## Part ${i}` : `Line ${i}: run \`make test-${i}\` against api.staging.example.com.`)),
  },
  {
    name: 'nested list (5 levels per scale)',
    kind: 'agents', path: 'AGENTS.md', baseline: 'markdown',
    text: (s) => lines(5 * s, (i) => `${'  '.repeat(i)}- level ${i}`),
  },
  {
    name: 'nested blockquote (50 levels per scale)',
    kind: 'agents', path: 'AGENTS.md', baseline: 'markdown',
    text: (s) => '# Rules\n\nCall https://api.paypal.com/v1 from tasks.\n\n' + rep('>', 50 * s) + ' quoted\n',
  },
];
