import { createHash } from 'node:crypto';

/** One entry of GET /images/{id}/history, newest first as the engine lists them. */
export interface HistoryStep {
  Created: number;
  CreatedBy: string;
  Size: number;
  Comment?: string;
}

/**
 * A key per layer of an image: the hash of its step and every step below it. Two images share a layer
 * exactly when they share the steps up to it (as layer chain ids work), and the history is the one place the
 * engine gives a size per layer.
 */
function layerKeys(history: HistoryStep[]): { key: string; size: number }[] {
  let previous = '';
  return [...history].reverse().map((step) => {
    previous = createHash('sha256').update(`${previous}\0${step.Created}\0${step.CreatedBy}\0${step.Size}\0${step.Comment ?? ''}`).digest('hex');
    return { key: previous, size: step.Size };
  });
}

/**
 * The disk space that removing `removed` frees while `kept` stay: the layers no kept image shares, each
 * counted once even when several removed images share it. (The engine's own SharedSize counts a built
 * image's layers as shared with its intermediate parents, which go with it, so it would say nothing is freed.)
 */
export function freedBytes(removed: HistoryStep[][], kept: HistoryStep[][]): number {
  const keep = new Set(kept.flatMap((history) => layerKeys(history).map((layer) => layer.key)));
  const counted = new Set<string>();
  let bytes = 0;
  for (const history of removed) {
    for (const layer of layerKeys(history)) {
      if (keep.has(layer.key) || counted.has(layer.key)) continue;
      counted.add(layer.key);
      bytes += layer.size;
    }
  }
  return bytes;
}
