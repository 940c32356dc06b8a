// `sandbox-guard init --from <format>`: writes a staging-only settings file for the agent product a team uses
// (never over an existing file), from the team policy of the folder.
import fs from 'node:fs';
import path from 'node:path';
import type { CliOptions } from '../args.js';
import type { Io } from '../io.js';
import { INIT_TEMPLATES } from '../../engine/init/index.js';
import { policyLookup } from '../policy.js';
import { displayPath } from '../report.js';

export function runInit(o: CliOptions, io: Io): number {
  const t = INIT_TEMPLATES[o.from!];
  const dir = path.resolve(io.cwd, o.paths[0] ?? '.');
  const out = o.output ? path.resolve(io.cwd, o.output) : path.join(dir, t.path);
  if (fs.existsSync(out)) {
    io.stderr(`sandbox-guard: ${displayPath(out, io.cwd)} exists: not overwritten. Check it with \`sandbox-guard check ${displayPath(out, io.cwd)}\`.\n`);
    return 2;
  }
  const policy = policyLookup({}, undefined, o.policy ? { explicit: path.resolve(io.cwd, o.policy) } : { roots: [dir] })(out);
  try {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, t.text(policy));
  } catch (e) {
    io.stderr(`sandbox-guard: cannot write ${displayPath(out, io.cwd)}: ${(e as Error).message}\n`);
    return 2;
  }
  io.stderr(`wrote ${displayPath(out, io.cwd)}${policy.path ? ` (hosts from ${displayPath(policy.path, io.cwd)})` : ''}. ${t.next}\n`);
  return 0;
}
