import { createHash } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BerthError, cancelledError } from '../../../../shared/contract/errors.js';
import { looksLikeArchive, readTar } from '../../../util/tar.js';
import type { HistoryItem, ImageLayers } from './layer-analysis.js';
import { normalizePath, RawLayerBuilder, type RawLayer } from './layer-model.js';

/** A JSON member of the export (manifest, config) larger than this is not one Berth reads. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

interface ManifestItem {
  Config?: string;
  Layers?: string[];
}

interface ImageConfig {
  rootfs?: { diff_ids?: string[] };
  history?: HistoryItem[];
}

/**
 * Reads `docker save`'s archive for one image as it streams from the engine: each layer's tar is read inside
 * the outer one (files hashed on the way, never kept), the small JSON members are kept, and at the end the
 * manifest says which member is which layer. Handles the engine's classic layout (`<id>/layer.tar`, a
 * repeated layer as a symlink), the OCI layout (`blobs/sha256/…`, gzip-compressed layers) and Podman's.
 */
export async function readImageExport(imageId: string, source: Readable, signal: AbortSignal): Promise<ImageLayers> {
  const layers = new Map<string, RawLayer>();
  const json = new Map<string, string>();
  const links = new Map<string, string>();
  await readTar(
    source,
    async (entry, contents) => {
      const name = normalizePath(entry.name);
      if (entry.type === 'symlink' || entry.type === 'link') {
        links.set(name, entry.type === 'symlink' ? path.posix.join(path.posix.dirname(name), entry.linkname) : normalizePath(entry.linkname));
        return;
      }
      if (entry.type !== 'file') return;
      const iterator = contents[Symbol.asyncIterator]();
      const first = await iterator.next();
      const head = first.done ? Buffer.alloc(0) : first.value;
      const rest = async function* () {
        if (head.length) yield head;
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
      };
      if (head.length && looksLikeArchive(head)) {
        const stream = Readable.from(rest(), { objectMode: false });
        layers.set(name, await readLayer(head[0] === 0x1f && head[1] === 0x8b ? stream.pipe(createGunzip()) : stream, name, signal));
      } else if (entry.size <= MAX_JSON_BYTES) {
        const chunks: Buffer[] = [];
        for await (const chunk of rest()) chunks.push(chunk);
        json.set(name, Buffer.concat(chunks).toString('utf8'));
      }
    },
    signal,
  );
  if (signal.aborted) throw cancelledError('The layer analysis');

  const resolve = (member: string) => {
    let name = normalizePath(member);
    for (let hops = 0; links.has(name) && hops < 8; hops++) name = links.get(name)!;
    return name;
  };
  const manifest = parse<ManifestItem[]>(json.get('manifest.json'), 'manifest.json')[0];
  if (!manifest?.Config || !manifest.Layers) throw new BerthError('INTERNAL', 'The engine’s image export has no manifest naming its layers.');
  const config = parse<ImageConfig>(json.get(resolve(manifest.Config)), manifest.Config);
  return {
    imageId,
    diffIds: config.rootfs?.diff_ids ?? [],
    history: config.history ?? [],
    layers: manifest.Layers.map((member) => {
      const layer = layers.get(resolve(member));
      if (!layer) throw new BerthError('INTERNAL', `The engine’s image export lacks the layer ${member}.`);
      return layer;
    }),
  };
}

function parse<T>(text: string | undefined, member: string): T {
  if (text === undefined) throw new BerthError('INTERNAL', `The engine’s image export has no ${member}.`);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new BerthError('INTERNAL', `The engine’s image export has an unreadable ${member}.`);
  }
}

/** One layer's tar: every entry's metadata, and a sha1 of each regular file's contents. */
async function readLayer(source: Readable, member: string, signal: AbortSignal): Promise<RawLayer> {
  const builder = new RawLayerBuilder();
  try {
    await readTar(
      source,
      async (entry, contents) => {
        let hash: string | null = null;
        if (entry.type === 'file') {
          const digest = createHash('sha1');
          for await (const chunk of contents) digest.update(chunk);
          hash = digest.digest('hex');
        }
        builder.add({ path: normalizePath(entry.name), type: entry.type, size: entry.type === 'file' ? entry.size : 0, mode: entry.mode, link: entry.linkname, hash });
      },
      signal,
    );
  } catch (error) {
    if (error instanceof BerthError) throw error;
    throw new BerthError('INTERNAL', `The layer ${member} of the engine’s image export cannot be read: ${(error as Error).message}`);
  }
  return builder.done();
}
