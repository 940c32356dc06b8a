// `--format sarif`: SARIF 2.1.0 for code-scanning (GitHub upload-sarif, GitLab, VS Code SARIF viewer).
// Valid against the official 2.1.0 schema (test/cli/sarif.test.ts).
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { docsUrl, REPOSITORY_URL } from '../../core/docs.js';
import { LineIndex } from '../../core/lineIndex.js';
import type { Finding, RuleMeta, Severity, Span } from '../../core/types.js';
import { redactText } from '../../secrets/redactText.js';
import type { FileReport } from '../report.js';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning ranks security alerts by this (0.0–10.0) */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };

export interface SarifOptions {
  version: string;
  rules: RuleMeta[];
  cwd: string;
  /** false when an internal error happened on some file */
  executionSuccessful: boolean;
  /** the policy files that applied (relative paths); empty: the built-in defaults */
  policies?: string[];
}

export function ruleDescriptor(r: RuleMeta): Sarif.ReportingDescriptor {
  return {
    id: r.id,
    name: r.name,
    shortDescription: { text: r.docs.summary },
    fullDescription: { text: r.docs.why },
    help: { text: r.docs.fix, markdown: `${r.docs.fix}\n\nSee [${r.id} ${r.name}](${docsUrl(r.name)}).` },
    helpUri: docsUrl(r.name),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['security', r.kind], 'security-severity': SECURITY_SEVERITY[r.severity] },
  };
}

export function artifactUri(displayPath: string): string {
  return displayPath.split('/').map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/');
}

function region(lines: LineIndex, span: Span): Sarif.Region {
  const r = lines.range(span);
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function result(f: Finding, r: FileReport, lines: LineIndex, ruleIndex: Map<string, number>): Sarif.Result {
  const artifactLocation: Sarif.ArtifactLocation = { uri: artifactUri(r.displayPath), uriBaseId: '%SRCROOT%' };
  const res: Sarif.Result = {
    ruleId: f.ruleId,
    level: LEVEL[f.severity],
    message: { text: redactText(f.message) },
    locations: [{ physicalLocation: { artifactLocation, region: region(lines, f.span) } }],
  };
  const idx = ruleIndex.get(f.ruleId);
  if (idx !== undefined) res.ruleIndex = idx;
  const fixes = f.fixes
    .filter((x) => x.edits.length)
    .map((x): Sarif.Fix => ({
      description: { text: redactText(x.title) },
      artifactChanges: [{
        artifactLocation,
        replacements: x.edits.map((e) => ({ deletedRegion: region(lines, e), insertedContent: { text: redactText(e.newText) } })),
      }],
      properties: { safe: !!x.safe, preferred: !!x.preferred },
    }));
  if (fixes.length) res.fixes = fixes;
  if (f.suppressed) res.suppressions = [{ kind: 'inSource', justification: redactText(f.suppressed.reason) }];
  return res;
}

export function formatSarif(reports: FileReport[], o: SarifOptions): string {
  const ruleIndex = new Map(o.rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const r of reports) {
    const lines = new LineIndex(r.text);
    for (const f of [...r.findings, ...r.suppressed]) results.push(result(f, r, lines, ruleIndex));
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'sandbox-guard',
          semanticVersion: o.version,
          version: o.version,
          informationUri: REPOSITORY_URL,
          rules: o.rules.map(ruleDescriptor),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(o.cwd.endsWith('/') ? o.cwd : `${o.cwd}/`).href } },
      invocations: [{ executionSuccessful: o.executionSuccessful, properties: { policies: o.policies ?? [] } }],
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
