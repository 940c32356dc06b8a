// SG627: the whole environment, `*KEY*` / `*SECRET*` / `*TOKEN*` included, reaches the commands Codex runs.
import type { CodexRule } from '../../models/codex/context.js';
import { joinPath } from '../../models/codex/model.js';
import { boolOf, stringOf } from '../../models/codex/scopes.js';
import { setKey } from './edits.js';
import { codexEnvInheritMeta } from '../meta/codex/codex-env-inherit.js';

const POLICY = ['shell_environment_policy'];
/** The default excludes; an `exclude` list with all three restores them. */
const DEFAULT_EXCLUDES = ['*KEY*', '*SECRET*', '*TOKEN*'];
/** Keys that show the file sets up a sandbox: then the missing policy is worth saying. */
const SANDBOX_KEYS = ['sandbox_mode', 'default_permissions', 'permissions', 'sandbox_workspace_write'];

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export const codexEnvInherit: CodexRule = {
  ...codexEnvInheritMeta,
  check(ctx, report) {
    const m = ctx.model;
    if (m.format !== 'codex') return;
    const inherit = m.entry([...POLICY, 'inherit']);
    const ignore = m.entry([...POLICY, 'ignore_default_excludes']);
    if ((stringOf(inherit) ?? 'all') !== 'all' || boolOf(ignore) === false) return;
    if (stringList(m.get([...POLICY, 'include_only'])?.value).length) return;
    const excludes = new Set(stringList(m.get([...POLICY, 'exclude'])?.value).map((x) => x.toUpperCase()));
    if (DEFAULT_EXCLUDES.every((x) => excludes.has(x))) return;
    const header = m.headers.get(joinPath(POLICY));
    const declared = ignore ?? inherit;
    let span = declared ? { start: declared.node.range[0], end: declared.node.range[1] } : header ? { start: header.key.range[0], end: header.key.range[1] } : undefined;
    if (!span) {
      // no policy at all: say so where the file sets up its sandbox
      const key = SANDBOX_KEYS.map((k) => m.get([k])).find((v) => v);
      if (!key) return;
      span = key.keySpan ?? key.span;
    }
    const how = ignore ? '`ignore_default_excludes = true`' : '`ignore_default_excludes` is not `false` (it defaults to `true`)';
    const from = inherit ? '`inherit = "all"`' : declared || header ? '`inherit` defaults to `"all"`' : 'no `[shell_environment_policy]` is set, so `inherit` is `"all"`';
    const edit = setKey(ctx.text, m, POLICY, 'ignore_default_excludes', 'false');
    report({
      message: `Commands Codex runs get the whole environment: ${from} and ${how}, so variables named like *KEY*, *SECRET* or *TOKEN* — live API keys, cloud credentials — reach them.`,
      span,
      fixes: edit ? [{ title: 'Set ignore_default_excludes = false (give the agent the staging keys it needs through `set`)', edits: [edit] }] : [],
    });
  },
};
