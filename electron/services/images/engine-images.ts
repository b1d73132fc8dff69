import type Docker from 'dockerode';
import type { EngineConnection } from '../../engine/connection.js';

/**
 * The engine's image list and image inspect, its names in Docker's words (EngineDialect.imageName: Podman
 * writes `docker.io/library/web:1` where Docker writes `web:1`). Every reader of image names goes through here,
 * so a name compares the same whichever engine said it.
 */
export async function listImages(connection: EngineConnection, signal?: AbortSignal): Promise<Docker.ImageInfo[]> {
  const images = await connection.request('Listing images', (docker) => docker.listImages({ all: false, ...(signal ? { abortSignal: signal } : {}) }), signal);
  return images.map((image) => inDockerWords(connection, image));
}

export async function inspectImage(connection: EngineConnection, image: string, signal?: AbortSignal): Promise<Docker.ImageInspectInfo> {
  const info = await connection.request(`Inspecting image ${image}`, (docker) => docker.getImage(image).inspect(), signal);
  return inDockerWords(connection, info);
}

function inDockerWords<T extends { RepoTags?: string[] | null; RepoDigests?: string[] | null }>(connection: EngineConnection, image: T): T {
  const { imageName } = connection.dialect;
  return { ...image, RepoTags: image.RepoTags?.map(imageName), RepoDigests: image.RepoDigests?.map(imageName) };
}

/** An image id as Docker writes it, `sha256:…`: Podman gives the bare hex in history, removals and commits. */
export function dockerImageId(id: string): string {
  return /^[0-9a-f]{64}$/.test(id) ? `sha256:${id}` : id;
}
