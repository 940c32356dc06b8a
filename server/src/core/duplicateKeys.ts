// Duplicate mapping keys, found in one pass with a Set per mapping. The `yaml` package's own check
// (`uniqueKeys: true`) compares each key with every earlier one: 32,000 keys took 6.7 s. Same rule as
// the package's: two scalar keys with the same value (`1` and "1" differ); other keys never collide.
import { isPair, isScalar, visit, type Document } from 'yaml';

/** Offsets of every key that repeats an earlier key of its mapping, in document order. */
export function duplicateKeyOffsets(doc: Document.Parsed): number[] {
  const out: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isPair(pair) ? pair.key : undefined;
        if (!isScalar(key) || !key.range) continue;
        const v = key.value;
        if (typeof v === 'number' && Number.isNaN(v)) continue; // NaN !== NaN
        if (seen.has(v)) out.push(key.range[0]);
        else seen.add(v);
      }
    },
  });
  return out.sort((a, b) => a - b);
}
