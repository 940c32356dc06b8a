// The one rule tester (in the style of ESLint's RuleTester and Spectral's testRule): `valid` rows must
// give no finding of the rule, `invalid` rows exactly the stated findings (range, severity, message);
// every fix of every finding is applied and re-checked (finding gone, nothing new, file still parses),
// and `output` pins the text after the fixes. Each row is its own named node:test test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText, type CheckOptions } from '../../server/src/engine/check.js';
import { applyEdits } from '../../server/src/core/applyEdits.js';
import type { Finding, Fix, Severity, TextEdit } from '../../server/src/core/types.js';
import { assertFixWorks } from './fixes.js';
import { memoryWorkspace } from './workspace.js';

export interface Expected {
  /** the rule, when the table tests a family of rules (AGENTS.md); defaults to the table's rule */
  rule?: string;
  /** [line, column, endLine, endColumn], 1-based, end exclusive */
  range: [number, number, number, number];
  severity: Severity;
  /** the exact message; a RegExp only where the message holds data the row does not own (catalog lists) */
  message: string | RegExp;
  /** titles of the finding's fixes, in order (omit to leave them unchecked; `output` still pins the result) */
  fixes?: string[];
}

export interface ValidRow {
  name: string;
  text: string;
  /** check options for this row (merged over the table's) */
  options?: CheckOptions;
  /** other files of an in-memory workspace (absolute paths), for cross-file rules; the row's own file is `options.path` */
  files?: Record<string, string>;
}

export interface InvalidRow extends ValidRow {
  errors: Expected[];
  /**
   * The text after applying, in one pass, the preferred (else first) fix of each finding whose edits do not
   * overlap an earlier one's (as ESLint's `output`). Required when a finding has a fix; `null` asserts no fix.
   */
  output?: string | null;
  /** other files after the same fixes (cross-file fixes), path -> text */
  outputFiles?: Record<string, string>;
  /** cross-file rows: every finding, of any rule (`rule` stated), on other files after the same fixes, path -> findings */
  findingsAfter?: Record<string, Expected[]>;
}

export interface RuleTable {
  /** check options of every row (e.g. path, kind, severity overrides that isolate the rule) */
  options?: CheckOptions;
  valid: ValidRow[];
  invalid: InvalidRow[];
  /** a further check of every fix of every finding (e.g. the Markdown structure survives) */
  afterFix?: (before: string, after: string, finding: Finding) => void;
}

const DEFAULT: CheckOptions = { path: 'task.sandbox.yaml' };

function optionsOf(table: RuleTable, row: ValidRow): CheckOptions {
  const o: CheckOptions = { ...DEFAULT, ...table.options, ...row.options };
  if (row.files) o.workspace = memoryWorkspace({ ...row.files, [o.path!]: row.text });
  return o;
}

/** A rule ID, or a family of rules whose findings a row states together (every finding of any of them). */
export type Subject = string | { label: string; rules: string[] };

/** Runs the text through the engine and returns the findings of the subject's rules. */
export function findingsOf(subject: Subject, text: string, options: CheckOptions): Finding[] {
  const ids = new Set(typeof subject === 'string' ? [subject] : subject.rules);
  return checkText(text, options).findings.filter((f) => ids.has(f.ruleId));
}

const ruleNameOf = (f: Finding) => f.ruleName;
const overlaps = (a: TextEdit, b: TextEdit) => (a.start < b.end && b.start < a.end) || a.start === b.start;
const chosen = (f: Finding): Fix | undefined => f.fixes.find((x) => x.preferred) ?? f.fixes[0];

/** `output` and `outputFiles` of a row: one pass over the findings' chosen fixes, overlaps skipped. */
function applyChosenFixes(text: string, findings: Finding[], files: Record<string, string>): { output: string; files: Record<string, string> } {
  const taken: TextEdit[] = [];
  const out = { ...files };
  for (const f of findings) {
    const fix = chosen(f);
    if (!fix || fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
    for (const fe of fix.fileEdits ?? []) out[fe.path] = applyEdits(out[fe.path] ?? '', fe.edits);
  }
  return { output: applyEdits(text, taken), files: out };
}

function compare(found: Finding[], want: Expected[], what: string, family: boolean): void {
  const actual = found.map((f) => ({
    ...(family ? { rule: f.ruleId } : {}),
    range: [f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1, f.range.end.character + 1],
    severity: f.severity,
    message: f.message,
    ...(want.some((w) => w.fixes) ? { fixes: f.fixes.map((x) => x.title) } : {}),
  }));
  // a RegExp that matches stands for the actual message, so a mismatch anywhere shows one readable diff
  const expected = want.map((w, i) => ({
    ...w,
    message: w.message instanceof RegExp && actual[i] && w.message.test(actual[i].message) ? actual[i].message : w.message,
    ...(want.some((x) => x.fixes) ? { fixes: w.fixes ?? actual[i]?.fixes } : {}),
  }));
  assert.deepEqual(actual, expected, `${what}: findings`);
}

/**
 * The tester's check of one text, for a test that goes on to assert more about the findings (redaction,
 * related information): exact findings of the subject, every fix re-checked. Returns the findings.
 */
export function expectFindings(subject: Subject, text: string, errors: Expected[], options: CheckOptions = DEFAULT): Finding[] {
  const found = findingsOf(subject, text, options);
  compare(found, errors, 'findings', typeof subject !== 'string');
  for (const f of found) for (const fix of f.fixes) assertFixWorks(text, f, fix, options);
  return found;
}

/** Registers one test per row. */
export function ruleTester(subject: Subject, table: RuleTable): void {
  const label = typeof subject === 'string' ? subject : subject.label;
  const family = typeof subject !== 'string';
  for (const row of table.valid) {
    test(`${label} valid: ${row.name}`, () => {
      const found = findingsOf(subject, row.text, optionsOf(table, row));
      assert.deepEqual(found.map((f) => `${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`), [], `${row.name}: expected no finding`);
    });
  }
  for (const row of table.invalid) {
    test(`${label} invalid: ${row.name}`, () => {
      assert.ok(row.errors.length > 0, 'an invalid row states at least one finding');
      const options = optionsOf(table, row);
      const found = findingsOf(subject, row.text, options);
      compare(found, row.errors, row.name, family);
      for (const f of found) assert.ok(f.docsUrl.endsWith(`/docs/rules/${ruleNameOf(f)}.md`), `docs link ${f.docsUrl}`);
      // every fix of every finding really fixes: applied and re-checked
      for (const f of found) {
        for (const fix of f.fixes) {
          const fixed = assertFixWorks(row.text, f, fix, options, row.files);
          table.afterFix?.(row.text, fixed, f);
        }
      }
      const fixable = found.some((f) => f.fixes.some((x) => x.edits.length || x.fileEdits?.length));
      if (!fixable) {
        assert.ok(row.output == null && !row.findingsAfter, `${row.name}: states an output or findingsAfter, but no finding has a fix`);
        return;
      }
      assert.ok(row.output !== undefined, `${row.name}: a finding has a fix: state the text after it in \`output\` (null only when nothing is fixable)`);
      const result = applyChosenFixes(row.text, found, { ...row.files });
      assert.equal(result.output, row.output, `${row.name}: output`);
      if (row.outputFiles) for (const [p, t] of Object.entries(row.outputFiles)) assert.equal(result.files[p], t, `${row.name}: ${p} after the fixes`);
      // the other side of a cross-file rule, checked in the fixed workspace
      const ws = memoryWorkspace({ ...result.files, [options.path!]: result.output });
      for (const [p, want] of Object.entries(row.findingsAfter ?? {})) {
        assert.ok(ws.files[p] !== undefined, `${row.name}: ${p} is not in the workspace after the fixes`);
        compare(checkText(ws.files[p], { ...options, path: p, kind: undefined, workspace: ws }).findings, want, `${row.name}: ${p} after the fixes`, true);
      }
    });
  }
}
