// Where the comments of a JSONC text start, by jsonc-parser's scanner: a `//` inside a string is text.
import { createScanner } from 'jsonc-parser';
import { TOKEN } from './jsonc.js';

export function jsoncCommentStarts(text: string): Set<number> {
  const out = new Set<number>();
  const scanner = createScanner(text, false);
  for (let k = scanner.scan(); k !== TOKEN.EOF; k = scanner.scan()) {
    if (k === TOKEN.LineComment || k === TOKEN.BlockComment) out.add(scanner.getTokenOffset());
  }
  return out;
}
