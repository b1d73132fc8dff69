import { BerthError, cancelledError } from '../../../../shared/contract/errors.js';
import type { LayerAnalysis } from '../../../../shared/contract/layers.js';
import type { RawLayer } from './layer-model.js';
import { LayerView } from './layer-queries.js';

/** What one read of an image's export gives: the analysis, and the layers' entries the tree views are made from. */
export interface ReadImage {
  analysis: LayerAnalysis;
  layers: RawLayer[];
}

/** Reads one image's export; reports bytes read; stops when the signal aborts. */
export type ImageReader = (imageId: string, progress: (bytes: number) => void, signal: AbortSignal) => Promise<ReadImage>;

/** Images kept read: an analysis holds every entry's metadata (tens of MB for a big image), so only a few. */
const KEEP_IMAGES = 3;

interface Reading {
  done: Promise<ReadImage>;
  controller: AbortController;
  watchers: Set<(bytes: number) => void>;
}

/**
 * Image analyses by image id (an id names the contents, so an entry never goes stale), the few most recently
 * used kept. Two callers asking for the same image while it is read share one read of the export; the read
 * stops when every caller has cancelled. The last tree view asked for is kept, since a user browsing one
 * layer's folders asks for the same layer again and again.
 */
export class LayerCache {
  private readonly read = new Map<string, ReadImage>();
  private readonly reading = new Map<string, Reading>();
  private view: { imageId: string; layer: LayerView } | null = null;

  constructor(private readonly reader: ImageReader) {}

  async get(imageId: string, signal: AbortSignal, progress: (bytes: number) => void = () => undefined): Promise<ReadImage> {
    const kept = this.read.get(imageId);
    if (kept) {
      // Most recently used last.
      this.read.delete(imageId);
      this.read.set(imageId, kept);
      return kept;
    }
    const current = this.reading.get(imageId) ?? this.start(imageId, progress);
    current.watchers.add(progress);
    const leave = () => {
      current.watchers.delete(progress);
      if (current.watchers.size === 0) current.controller.abort();
    };
    signal.addEventListener('abort', leave, { once: true });
    try {
      return await Promise.race([current.done, cancelled(signal)]);
    } finally {
      signal.removeEventListener('abort', leave);
      current.watchers.delete(progress);
    }
  }

  /** The tree after one layer of a read image. */
  async layerView(imageId: string, layer: number, signal: AbortSignal): Promise<LayerView> {
    const image = await this.get(imageId, signal);
    if (layer >= image.layers.length) {
      throw new BerthError('INVALID_INPUT', `The image has ${image.layers.length} layers: there is no layer ${layer + 1}.`, { layer });
    }
    if (this.view?.imageId !== imageId || this.view.layer.layer !== layer) this.view = { imageId, layer: new LayerView(image.layers, layer) };
    return this.view.layer;
  }

  private start(imageId: string, first: (bytes: number) => void): Reading {
    const controller = new AbortController();
    const watchers = new Set([first]);
    const done = this.reader(imageId, (bytes) => watchers.forEach((watch) => watch(bytes)), controller.signal).then((image) => {
      this.read.set(imageId, image);
      while (this.read.size > KEEP_IMAGES) this.read.delete(this.read.keys().next().value!);
      return image;
    });
    const reading = { done, controller, watchers };
    this.reading.set(imageId, reading);
    const forget = () => this.reading.delete(imageId);
    done.then(forget, forget);
    return reading;
  }
}

function cancelled(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(cancelledError('The layer analysis'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}
