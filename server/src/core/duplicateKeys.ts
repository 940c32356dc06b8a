// Duplicate map keys in one pass. The `yaml` package's own check (`uniqueKeys: true`) compares each
// new key with every earlier key of its map: quadratic, a third of the parse time of a config with a
// few thousand credentials or env entries. We parse with `uniqueKeys: false` and look for duplicates
// here in linear time; only a text that has one is parsed again with yaml's check, whose error offsets
// (where it stopped reading the key's properties, which may lie before the key) stay the reference.
import { isMap, isPair, isScalar, type Document, type Node } from 'yaml';

/** Whether some map holds a key equal to an earlier key (yaml's equality: the same scalar value). */
export function hasDuplicateKeys(doc: Document.Parsed): boolean {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (!node || typeof node !== 'object' || !('items' in node)) continue;
    const items = (node as { items: unknown[] }).items;
    if (isMap(node)) {
      // collections and aliases as keys are never equal to each other (yaml compares them by identity)
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) return true;
        seen.add(key.value);
      }
    }
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
  }
  return false;
}
