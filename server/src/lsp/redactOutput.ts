// Every response and notification of the language server passes the one redaction function
// (secrets/redactText): handler results (hover, completion, code actions, checklist, custom requests),
// diagnostics, notifications, log and show-message calls. The features redact what they build too; this is
// the structural guarantee that a feature added later cannot send a value from a user's file unredacted.
import type { Connection } from 'vscode-languageserver';
import { redactText } from '../secrets/redactText.js';

/** Protocol fields that hold our identifiers, not user text. */
const KEEP = new Set(['uri', 'targetUri', 'scopeUri', 'href', 'jsonrpc', 'method']);
/** Objects of the connection whose methods send to the client. */
const CHANNELS = new Set(['console', 'window', 'workspace', 'client', 'languages', 'tracer', 'telemetry']);

/** A copy of a protocol value with every string redacted (plain objects and arrays only). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = KEEP.has(k) ? v : redactDeep(v);
    return out as T;
  }
  return value;
}

function redactResult(r: unknown): unknown {
  if (r && typeof (r as Promise<unknown>).then === 'function') return (r as Promise<unknown>).then(redactDeep);
  return redactDeep(r);
}

function wrap<T extends object>(target: T, depth: number): T {
  return new Proxy(target, {
    get(t, p) {
      const v = Reflect.get(t, p, t) as unknown;
      const name = String(p);
      if (typeof v === 'function') {
        const fn = v as (...a: unknown[]) => unknown;
        // handlers: what they return is sent as the response
        if (/^on[A-Z]/.test(name)) return (...args: unknown[]) => fn.apply(t, args.map((a) => (typeof a === 'function' ? (...h: unknown[]) => redactResult((a as (...x: unknown[]) => unknown)(...h)) : a)));
        // senders: the message type (a method name) stays, the payload is redacted
        if (/^send|^show|^(?:log|info|warn|error|applyEdit)$/.test(name)) {
          const from = /^send/.test(name) ? 1 : 0;
          return (...args: unknown[]) => fn.apply(t, args.map((a, i) => (i >= from ? redactDeep(a) : a)));
        }
        return fn.bind(t);
      }
      if (depth === 0 && CHANNELS.has(name) && v && typeof v === 'object') return wrap(v, 1);
      return v;
    },
  });
}

export function redactingConnection(connection: Connection): Connection {
  return wrap(connection, 0);
}
