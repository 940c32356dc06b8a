// Positions from the client are untrusted: a completion at line 2³¹ of a 4-line document took 8 s and
// 1.3 GB before failing. Every request handler clamps the position (or range) it is given into the document.
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const whole = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);

/** The nearest position inside the document: a line past the end is the end, a character past a line's end that end. */
export function clampPosition(doc: TextDocument, p: Position | undefined): Position {
  return doc.positionAt(doc.offsetAt({ line: whole(p?.line), character: whole(p?.character) }));
}

/** A range with both ends clamped, start before end. */
export function clampRange(doc: TextDocument, r: Range | undefined): Range {
  const a = clampPosition(doc, r?.start);
  const b = clampPosition(doc, r?.end);
  return doc.offsetAt(a) <= doc.offsetAt(b) ? { start: a, end: b } : { start: b, end: a };
}
