// The one strict reader, for the CLI and the language server alike: reads a file as strict UTF-8 text, or says
// clearly why it cannot. Every way a file can be bad (missing, a directory, a FIFO, too large, binary, UTF-16,
// not UTF-8) becomes a message, never a throw or a hang; the same limit holds for every file kind.
import fs from 'node:fs';
import { LIMITS } from './yamlSource.js';
import type { Severity } from './types.js';

export type ReadResult =
  | { ok: true; text: string; bom: boolean }
  | {
      ok: false;
      message: string;
      severity?: Severity;
      /** lossy text and an offset in it, when the problem has a position (invalid UTF-8) */
      text?: string;
      offset?: number;
    };

/** The fs calls used, so tests can simulate errors root cannot produce (EACCES). */
export interface FsApi {
  statSync(p: string): fs.Stats;
  readFileSync(p: string): Buffer;
}

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
const tooLarge = (size: number) => `File is too large to check (${sizeText(size)}; the limit is ${sizeText(LIMITS.maxBytes)}). Sandbox configs and instruction files are small: split it or remove generated content.`;
const binary = (byte: number) => `File looks binary (a NUL byte at byte ${byte}): it was not checked. The files Sandbox Guard checks are UTF-8 text.`;

export function readTextFile(filePath: string, api: FsApi = fs): ReadResult {
  let stat: fs.Stats;
  try {
    stat = api.statSync(filePath);
  } catch (e) {
    return { ok: false, message: errnoMessage(e, filePath) };
  }
  if (stat.isDirectory()) {
    return { ok: false, severity: 'warning', message: 'This is a directory named like a config file, not a file: the orchestrator cannot read it as a config. Rename it; its contents are checked as a folder.' };
  }
  if (!stat.isFile()) return { ok: false, message: 'Not a regular file (a FIFO, socket or device): it was not read. Only regular files are checked.' };
  if (stat.size > LIMITS.maxBytes) {
    return { ok: false, message: tooLarge(stat.size) };
  }
  let bytes: Buffer;
  try {
    bytes = api.readFileSync(filePath);
  } catch (e) {
    return { ok: false, message: errnoMessage(e) };
  }
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length > LIMITS.maxBytes) return { ok: false, message: tooLarge(bytes.length) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'File is UTF-16 encoded: save it as UTF-8 so it can be checked (and read by the orchestrator).' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: binary(nul) };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), bom };
  } catch {
    const bad = firstInvalidUtf8(body);
    const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    const offset = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, bad)).length;
    const byte = body[bad]?.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      message: `File is not valid UTF-8 (byte 0x${byte} here): it was not checked. Save it as UTF-8 (Latin-1 and Windows-1252 files are the usual cause).`,
      text: lossy,
      offset,
    };
  }
}

/** A policy file's text for the policy loader: undefined when missing; throws the reader's message when unreadable. */
export function readPolicyText(p: string): string | undefined {
  if (!fs.existsSync(p)) return undefined;
  const r = readTextFile(p);
  if (r.ok) return r.text;
  throw new Error(r.message);
}

/**
 * The reader's verdict on a text that is already decoded (a document open in the editor): the same size limit
 * (in UTF-8 bytes, as on disk) and the same binary check, with the same messages, as reading it from disk.
 */
export function checkDecodedText(text: string): ReadResult {
  // a UTF-16 code unit is at most 3 UTF-8 bytes: skip the count for texts that cannot be over the limit
  const size = text.length * 3 > LIMITS.maxBytes ? Buffer.byteLength(text, 'utf8') : text.length;
  if (size > LIMITS.maxBytes) return { ok: false, message: tooLarge(size) };
  const nul = text.indexOf('\0');
  if (nul >= 0) return { ok: false, message: binary(Buffer.byteLength(text.slice(0, nul), 'utf8')) };
  return { ok: true, text, bom: false };
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    let min = 0;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

/** A missing path that is a symbolic link is a broken link; anything else simply does not exist. */
function isDanglingLink(filePath: string): boolean {
  try {
    return fs.lstatSync(filePath).isSymbolicLink();
  } catch {
    return false;
  }
}

function errnoMessage(e: unknown, filePath?: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return filePath !== undefined && isDanglingLink(filePath)
        ? 'File is a broken symbolic link (its target does not exist): it was not checked.'
        : 'File does not exist: it was not checked.';
    case 'EACCES':
    case 'EPERM': return 'File cannot be read (permission denied): it was not checked. Make it readable for the user running the check.';
    case 'ELOOP': return 'File is a symbolic link loop: it was not checked.';
    case 'EISDIR': return 'This is a directory, not a file.';
    default: return `File cannot be read (${code ?? (e as Error).message}): it was not checked.`;
  }
}
