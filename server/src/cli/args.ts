// Command-line parsing for `sandbox-guard`. Hand-written (no dependency): the grammar is small,
// and every mistake must become a clear usage error (exit 2), never a silently ignored flag.
import type { FileKind, SeverityOrOff } from '../core/types.js';
import { FILE_KINDS } from '../../../common/filePatterns.js';
import { findRule } from '../rules/meta/index.js';
import { INIT_TEMPLATES } from '../engine/init/index.js';

export type Command = 'check' | 'rules' | 'checklist' | 'init' | 'help' | 'version';
export type Format = 'stylish' | 'json' | 'sarif';

export interface CliOptions {
  command: Command;
  paths: string[];
  format: Format;
  output?: string;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
  /** rule ID -> severity, from repeated `--rule` */
  rules: Record<string, SeverityOrOff>;
  reportSuppressions: boolean;
  exitZero: boolean;
  /** undefined: decide from the terminal and NO_COLOR */
  color?: boolean;
  maxWarnings?: number;
  /** `--policy <file>`: the policy for every checked file (else the nearest one inside the checked root) */
  policy?: string;
  /** `init --from <format>`: the agent settings format to start from */
  from?: string;
  /** `--kind <kind>`: the file kind of the files named on the command line, whatever their names */
  kind?: FileKind;
}

export class UsageError extends Error {}

const COMMANDS: Command[] = ['check', 'rules', 'checklist', 'init', 'help', 'version'];
const FORMATS: Format[] = ['stylish', 'json', 'sarif'];
const SEVERITIES: SeverityOrOff[] = ['off', 'info', 'warning', 'error'];
/** flags that take a value (as `--flag value` or `--flag=value`) */
const VALUED = new Set(['--format', '-f', '--output', '-o', '--rule', '--max-warnings', '--policy', '--from', '--kind']);
const BOOLEAN = new Set([
  '--fix', '--fix-dry-run', '--quiet', '-q', '--report-suppressions', '--exit-zero',
  '--color', '--no-color', '--version', '-v', '--help', '-h',
]);

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { command: 'check', paths: [], format: 'stylish', fix: false, fixDryRun: false, quiet: false, rules: {}, reportSuppressions: false, exitZero: false };
  let command: Command | undefined;
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositional || !arg.startsWith('-') || arg === '-') {
      if (!command && !onlyPositional) {
        if (!COMMANDS.includes(arg as Command)) throw new UsageError(`Unknown command "${arg}". Commands: check, rules, checklist, init.`);
        command = arg as Command;
      } else o.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      if (!command) command = 'check';
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    let value: string | undefined = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : undefined;
    if (VALUED.has(flag)) {
      if (value === undefined) {
        value = argv[++i];
        if (value === undefined) throw new UsageError(`${flag} needs a value.`);
      }
      applyValued(o, flag, value);
    } else if (BOOLEAN.has(flag)) {
      if (value !== undefined) throw new UsageError(`${flag} takes no value.`);
      applyBoolean(o, flag);
      if (flag === '--help' || flag === '-h') command = 'help';
      if ((flag === '--version' || flag === '-v') && command !== 'help') command = 'version';
    } else {
      throw new UsageError(`Unknown option ${flag}.`);
    }
  }
  o.command = command ?? (argv.length === 0 ? 'help' : 'check');
  if (o.fix && o.fixDryRun) throw new UsageError('Use either --fix or --fix-dry-run, not both.');
  if (o.command === 'checklist' && o.paths.length !== 1) throw new UsageError('checklist needs exactly one config file: `sandbox-guard checklist <config>`.');
  if (o.command === 'rules' && o.format === 'sarif') throw new UsageError('`rules` supports --format stylish or json.');
  if (o.command === 'init') {
    const formats = Object.keys(INIT_TEMPLATES);
    if (!o.from || !formats.includes(o.from)) throw new UsageError(`init needs --from <${formats.join('|')}>: the agent settings format to write.`);
    if (o.paths.length > 1) throw new UsageError('init takes at most one folder: `sandbox-guard init --from <format> [folder]`.');
  } else if (o.from !== undefined) throw new UsageError('--from is an option of `init`.');
  return o;
}

function applyValued(o: CliOptions, flag: string, value: string): void {
  switch (flag) {
    case '--format':
    case '-f':
      if (!FORMATS.includes(value as Format)) throw new UsageError(`Unknown format "${value}". Use one of: ${FORMATS.join(', ')}.`);
      o.format = value as Format;
      return;
    case '--output':
    case '-o':
      if (!value) throw new UsageError(`${flag} needs a file name.`);
      o.output = value;
      return;
    case '--from':
      o.from = value;
      return;
    case '--kind':
      if (!FILE_KINDS.includes(value as FileKind)) throw new UsageError(`Unknown kind "${value}". Use one of: ${FILE_KINDS.join(', ')}.`);
      o.kind = value as FileKind;
      return;
    case '--policy':
      if (!value) throw new UsageError('--policy needs a policy file (.sandbox-guard.yaml).');
      if (o.policy !== undefined) throw new UsageError('--policy can be given once.');
      o.policy = value;
      return;
    case '--max-warnings': {
      if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number >= 0, got "${value}".`);
      o.maxWarnings = Number(value);
      return;
    }
    case '--rule': {
      const eq = value.lastIndexOf('=');
      const name = value.slice(0, Math.max(0, eq)).trim();
      const sev = value.slice(eq + 1).trim() as SeverityOrOff;
      if (eq <= 0 || !SEVERITIES.includes(sev)) throw new UsageError(`--rule needs <id|name>=<${SEVERITIES.join('|')}>, got "${value}".`);
      const rule = findRule(name);
      if (!rule) throw new UsageError(`Unknown rule "${name}" in --rule. Run \`sandbox-guard rules\` for the list.`);
      o.rules[rule.id] = sev;
      return;
    }
  }
}

function applyBoolean(o: CliOptions, flag: string): void {
  switch (flag) {
    case '--fix': o.fix = true; break;
    case '--fix-dry-run': o.fixDryRun = true; break;
    case '--quiet': case '-q': o.quiet = true; break;
    case '--report-suppressions': o.reportSuppressions = true; break;
    case '--exit-zero': o.exitZero = true; break;
    case '--color': o.color = true; break;
    case '--no-color': o.color = false; break;
  }
}
