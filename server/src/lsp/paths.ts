// URI <-> file path conversion. Maps are keyed by file path so that an open document and the same
// file found by the workspace walk (whose URIs may be encoded differently) are one entry.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** URI -> path, memoized: handlers convert the same few URIs on every edit (URL parsing is not free). */
const pathOf = new Map<string, string | undefined>();

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  if (pathOf.has(uri)) return pathOf.get(uri);
  let p: string | undefined;
  try {
    p = path.normalize(fileURLToPath(uri));
  } catch {
    p = undefined;
  }
  if (pathOf.size >= 4096) pathOf.clear();
  pathOf.set(uri, p);
  return p;
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** A path for the engine: the file path, or the URI's last segment for untitled documents. */
export function enginePath(uri: string): string {
  return uriToPath(uri) ?? decodeURIComponent(uri.replace(/[?#].*$/, '').split('/').pop() ?? uri);
}

export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
