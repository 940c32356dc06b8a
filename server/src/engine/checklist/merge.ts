// Regenerating a checklist keeps the boxes already ticked: a box stays ticked when the new
// checklist has the same item under the same headings (or, failing that, the same item text once).
// redos: runs on one line of the checklist being merged; quadratic only in a blank run inside that line (accepted in test/regex/accepted.ts)
const BOX = /^(\s*[-*+]\s+\[)([ xX])(\]\s+)(.*)$/;
// redos: runs on one line of the checklist being merged; quadratic only in a blank run inside that line (accepted in test/regex/accepted.ts)
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

interface Item {
  key: string;
  text: string;
  ticked: boolean;
}

function items(markdown: string): Item[] {
  const heads: string[] = [];
  const out: Item[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const h = HEADING.exec(line);
    if (h) {
      heads.length = h[1].length - 1;
      heads[h[1].length - 1] = norm(h[2]);
      continue;
    }
    const b = BOX.exec(line);
    if (b) out.push({ key: `${heads.join('\u0000')}\u0001${norm(b[4])}`, text: norm(b[4]), ticked: b[2] !== ' ' });
  }
  return out;
}

// Checklists written before the generator used ASCII punctuation still match the new items.
const norm = (s: string) => s.trim().replace(/\u2014/g, '-').replace(/\u2192/g, '->').replace(/\s+/g, ' ');

export function mergeChecklist(oldMarkdown: string, newMarkdown: string): string {
  const old = items(oldMarkdown);
  const tickedKeys = new Set(old.filter((i) => i.ticked).map((i) => i.key));
  const countOld = new Map<string, number>();
  for (const i of old) countOld.set(i.text, (countOld.get(i.text) ?? 0) + 1);
  const tickedTexts = new Set(old.filter((i) => i.ticked && countOld.get(i.text) === 1).map((i) => i.text));
  const fresh = items(newMarkdown);
  const countNew = new Map<string, number>();
  for (const i of fresh) countNew.set(i.text, (countNew.get(i.text) ?? 0) + 1);
  let k = 0;
  return newMarkdown
    .split(/(?<=\n)/)
    .map((line) => {
      const b = BOX.exec(line.replace(/\r?\n$/, ''));
      if (!b) return line;
      const item = fresh[k++];
      const keep = tickedKeys.has(item.key) || (countNew.get(item.text) === 1 && tickedTexts.has(item.text));
      return keep ? line.replace(BOX_MARK, '$1x$3') : line;
    })
    .join('');
}

const BOX_MARK = /^(\s*[-*+]\s+\[)([ xX])(\])/;
