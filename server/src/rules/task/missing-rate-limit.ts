import { isMap, type YAMLMap } from 'yaml';
import type { TaskRule } from '../../models/task/taskContext.js';
import { fieldsOf } from '../../models/task/taskModel.js';
import { credentialsOf, setFieldFix, valueSpanOf } from './credentialList.js';
import { missingRateLimitMeta } from '../meta/task/missing-rate-limit.js';

const PER_MINUTE: Record<string, number> = { second: 60, minute: 1, hour: 1 / 60 };

/** Requests per minute, or undefined when `rate_limit` is malformed (the schema reports that). */
export function perMinute(requests: unknown, per: unknown): number | undefined {
  if (typeof requests !== 'number' || !Number.isFinite(requests) || typeof per !== 'string' || !(per in PER_MINUTE)) return undefined;
  return requests * PER_MINUTE[per];
}

/** The smallest `requests` for this unit that gives every parallel task at least one request a minute. */
function requestsFor(parallel: number, per: string): number {
  if (per === 'second') return Math.ceil(parallel / 60);
  if (per === 'hour') return parallel * 60;
  return parallel;
}

export const missingRateLimit: TaskRule = {
  ...missingRateLimitMeta,
  check(ctx, report) {
    for (const ref of credentialsOf(ctx)) {
      const name = ref.cred.name;
      const f = ref.cred.fields.get('rate_limit');
      if (!f) {
        const fix = setFieldFix(ctx, ref, 'rate_limit', '{requests: 60, per: minute}', `Add rate_limit: {requests: 60, per: minute} to ${name}`, { preferred: true });
        report({ message: `Credential \`${name}\` has no \`rate_limit\`: a runaway agent loop can spend the key's whole quota. Add a per-key limit such as \`rate_limit: {requests: 60, per: minute}\`.`, span: ref.cred.keySpan, fixes: fix ? [fix] : [] });
        continue;
      }
      const parallel = ref.doc.maxParallelTasks?.value;
      if (!parallel || !isMap(f.pair.value)) continue;
      const rl = fieldsOf(f.pair.value as YAMLMap);
      const requests = rl.get('requests');
      const per = rl.get('per');
      const rate = perMinute(requests?.value, per?.value);
      if (rate === undefined || rate >= parallel || !requests?.valueSpan) continue;
      const unit = String(per!.value);
      const want = requestsFor(parallel, unit);
      const shownRate = Number.isInteger(rate) ? String(rate) : rate.toFixed(2);
      report({
        message: `Credential \`${name}\` allows ${requests.value} request${requests.value === 1 ? '' : 's'} per ${unit}${unit === 'minute' ? '' : ` (${shownRate} a minute)`}, fewer than \`max_parallel_tasks: ${parallel}\`: the parallel tasks sharing this key will be throttled and fail spuriously. Raise it to at least ${want} per ${unit}.`,
        span: valueSpanOf(ctx.text, f),
        severity: 'info',
        fixes: [{ title: `Set ${name}'s rate limit to ${want} requests per ${unit}`, edits: [{ ...requests.valueSpan, newText: String(want) }], preferred: true }],
      });
    }
  },
};
