import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/**
 * One compose file's text as a YAML document that keeps every node's position. Merge keys (`<<: *base`) are on
 * because compose files use them (both compose v1's PyYAML and v2's go-yaml read them). Messages are kept plain
 * (no code excerpt): positions travel separately.
 *
 * Duplicate keys are errors in compose, but yaml's own check compares each key with every earlier key of its
 * mapping, which takes seconds on a large file: it is off here, and duplicateKeys() does it in one pass.
 */
export function parseComposeText(text: string): { doc: Document.Parsed; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, merge: true, uniqueKeys: false });
  return { doc, lines };
}

/** The keys that repeat an earlier key of the same mapping (the second and later ones), in one pass. */
export function duplicateKeys(doc: Document): Node[] {
  const duplicates: Node[] = [];
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key) && typeof pair.key.value !== 'symbol') {
          if (seen.has(pair.key.value)) duplicates.push(pair.key);
          seen.add(pair.key.value);
        }
        pending.push(pair.value);
      }
    } else if (isSeq(node)) {
      // A flow sequence may hold single-pair mappings (`[a: 1]`), which yaml keeps as pairs.
      for (const item of node.items) pending.push(isPair(item) ? item.value : item);
    }
  }
  return duplicates;
}
