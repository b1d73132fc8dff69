import type { Readable } from 'node:stream';
import type { EngineConnection } from '../../../engine/connection.js';
import type { HandlerGroup } from '../../../ipc/router.js';
import { byteCounter } from '../../../util/byte-counter.js';
import { withEngineWords } from '../engine-words.js';
import { analyzeLayers } from './layer-analysis.js';
import { LayerCache, type ReadImage } from './layer-cache.js';
import { stackLayers } from './layer-model.js';
import { compareTrees } from './layer-queries.js';
import { readImageExport } from './image-export.js';

type LayerOps = 'layers.analyze' | 'layers.files' | 'layers.search' | 'layers.compare';

/** The image's id and its size (what the export's progress is measured against). */
async function imageOf(connection: EngineConnection, image: string, signal: AbortSignal): Promise<{ id: string; size: number }> {
  const info = await connection.request(`Inspecting image ${image}`, (docker) => docker.getImage(image).inspect({ abortSignal: signal } as object), signal);
  return { id: info.Id, size: info.Size ?? 0 };
}

export function layerHandlers(connection: EngineConnection): HandlerGroup<LayerOps> {
  const cache = new LayerCache(async (imageId, progress, signal): Promise<ReadImage> => {
    const source = (await connection.request(
      `Reading the layers of ${imageId}`,
      // GET /images/get?names=…: in dockerode, but not in its types. It comes over the engine's own connection,
      // so a remote engine's image is read the same way.
      (docker) => withEngineWords((docker as unknown as { getImages(options: object): Promise<NodeJS.ReadableStream> }).getImages({ names: [imageId], abortSignal: signal })),
      signal,
    )) as unknown as Readable;
    const counter = byteCounter(progress, 100);
    source.on('error', (error) => counter.stream.destroy(error));
    const read = await readImageExport(imageId, source.pipe(counter.stream), signal).finally(() => source.destroy());
    return { analysis: analyzeLayers(read), layers: read.layers };
  });

  return {
    async 'layers.analyze'({ image }, emit, signal) {
      const { id, size } = await imageOf(connection, image, signal);
      emit({ kind: 'progress', bytes: 0, totalBytes: size });
      const { analysis } = await cache.get(id, signal, (bytes) => emit({ kind: 'progress', bytes, totalBytes: Math.max(size, bytes) }));
      emit({ kind: 'done', analysis });
    },

    async 'layers.files'({ image, layer, onlyChanges, path }, signal) {
      const { id } = await imageOf(connection, image, signal);
      const view = await cache.layerView(id, layer, signal);
      return { path, entries: view.list(path, onlyChanges) };
    },

    async 'layers.search'({ image, layer, onlyChanges, text }, signal) {
      const { id } = await imageOf(connection, image, signal);
      return (await cache.layerView(id, layer, signal)).search(text, onlyChanges);
    },

    async 'layers.compare'({ a, b }, signal) {
      const [first, second] = [await imageOf(connection, a, signal), await imageOf(connection, b, signal)];
      const [one, two] = [await cache.get(first.id, signal), await cache.get(second.id, signal)];
      const theirs = new Set(two.analysis.layers.map((layer) => layer.diffId));
      return {
        a: { imageId: first.id, layers: one.analysis.layers },
        b: { imageId: second.id, layers: two.analysis.layers },
        shared: one.analysis.layers.map((layer) => layer.diffId).filter((diffId) => theirs.has(diffId)),
        ...compareTrees(stackLayers(one.layers).tree, stackLayers(two.layers).tree),
      };
    },
  };
}
