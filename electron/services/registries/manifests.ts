import { createHash } from 'node:crypto';
import type { RegistryImage } from '../../../shared/contract/registries.js';
import { BerthError } from '../../../shared/contract/errors.js';

/** The manifest media types Berth reads: Docker v2 schema 2 and OCI, single images and multi-platform lists. */
export const MEDIA_TYPES = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
} as const;

/** The Accept header of a manifest request: without it, a registry may answer with (or convert to) schema 1. */
export const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest].join(', ');

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

export type ParsedManifest =
  | { kind: 'image'; mediaType: string; config: Descriptor; layers: Descriptor[] }
  | { kind: 'index'; mediaType: string; manifests: Descriptor[] };

/** What an image config blob says about the image (both Docker's and OCI's config have these fields). */
export interface ImageConfig {
  created?: string;
  os?: string;
  architecture?: string;
  variant?: string;
}

const indexTypes = new Set<string>([MEDIA_TYPES.dockerList, MEDIA_TYPES.ociIndex]);
const imageTypes = new Set<string>([MEDIA_TYPES.dockerManifest, MEDIA_TYPES.ociManifest]);

/**
 * Reads a manifest: its `mediaType` field, else the response's Content-Type, else its shape (OCI allows
 * leaving the field out). Schema 1 and anything else that is not a v2/OCI manifest is refused with words.
 */
export function parseManifest(body: ArrayBuffer | Buffer, contentType: string | null): ParsedManifest {
  let doc: { schemaVersion?: number; mediaType?: string; config?: Descriptor; layers?: Descriptor[]; manifests?: Descriptor[] };
  try {
    doc = JSON.parse(Buffer.from(body as ArrayBuffer).toString('utf8')) as typeof doc;
  } catch {
    throw new BerthError('INTERNAL', 'The registry sent a manifest that is not JSON.');
  }
  const headerType = contentType?.split(';')[0]?.trim() ?? '';
  const mediaType = doc.mediaType ?? (indexTypes.has(headerType) || imageTypes.has(headerType) ? headerType : '');
  if (doc.schemaVersion === 1 || /^application\/vnd\.docker\.distribution\.manifest\.v1\+/.test(mediaType || headerType)) {
    throw new BerthError('INVALID_INPUT', 'This is a Docker schema 1 manifest (deprecated): Berth reads Docker v2 schema 2 and OCI manifests only.');
  }
  if (Array.isArray(doc.manifests) && (!mediaType || indexTypes.has(mediaType))) {
    return { kind: 'index', mediaType: mediaType || MEDIA_TYPES.ociIndex, manifests: doc.manifests.filter(isDescriptor) };
  }
  if (doc.config && isDescriptor(doc.config) && Array.isArray(doc.layers) && (!mediaType || imageTypes.has(mediaType))) {
    return { kind: 'image', mediaType: mediaType || MEDIA_TYPES.ociManifest, config: doc.config, layers: doc.layers.filter(isDescriptor) };
  }
  throw new BerthError('INVALID_INPUT', `Berth reads Docker v2 schema 2 and OCI image manifests; this one is "${mediaType || headerType || 'of no known type'}".`);
}

function isDescriptor(value: unknown): value is Descriptor {
  const d = value as Descriptor | null;
  return typeof d?.digest === 'string' && typeof d.size === 'number';
}

/** The digest a registry names a manifest by: its Docker-Content-Digest, or the sha256 of the bytes it sent. */
export function manifestDigest(body: ArrayBuffer | Buffer, header: string | null): string {
  return header?.trim() || `sha256:${createHash('sha256').update(Buffer.from(body as ArrayBuffer)).digest('hex')}`;
}

/** Entries of an index that are not images to run: BuildKit's attestations (platform unknown/unknown). */
export function isAttestation(descriptor: Descriptor): boolean {
  return (
    descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown')
  );
}

export function platformName(image: Pick<RegistryImage, 'os' | 'architecture' | 'variant'>): string {
  return [image.os, image.architecture, image.variant].filter(Boolean).join('/');
}

/**
 * One image from its manifest and config: size is the config plus the compressed layers (what a pull
 * downloads); os/arch from the index entry that pointed here (what a pull picks by), else from the config.
 */
export function summariseImage(
  digest: string,
  manifest: Extract<ParsedManifest, { kind: 'image' }>,
  config: ImageConfig | null,
  platform?: Descriptor['platform'],
): RegistryImage {
  return {
    digest,
    mediaType: manifest.mediaType,
    os: platform?.os || config?.os || 'unknown',
    architecture: platform?.architecture || config?.architecture || 'unknown',
    variant: (platform ? platform.variant : config?.variant) || null,
    created: typeof config?.created === 'string' && config.created ? config.created : null,
    sizeBytes: manifest.config.size + manifest.layers.reduce((sum, layer) => sum + layer.size, 0),
    layers: manifest.layers.map((layer) => ({ digest: layer.digest, mediaType: layer.mediaType ?? '', sizeBytes: layer.size })),
  };
}

/** The newest of some ISO 8601 times (they compare as dates, not as strings: time zones differ). */
export function newest(times: (string | null)[]): string | null {
  let best: string | null = null;
  for (const time of times) {
    if (time && !Number.isNaN(Date.parse(time)) && (best === null || Date.parse(time) > Date.parse(best))) best = time;
  }
  return best;
}
