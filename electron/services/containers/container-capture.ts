import type Docker from 'dockerode';
import { BerthError } from '../../../shared/contract/errors.js';
import type { AnonymousVolume, ExtraNetwork } from '../../../shared/contract/trash.js';
import type { MountSpec, RunSpec } from '../../../shared/run-spec.js';
import { runSpecFromInspect, type ContainerInspectLike, type ImageConfigLike } from '../../../shared/run-spec-from-inspect.js';
import type { EngineConnection } from '../../engine/connection.js';
import { engineDefaults } from '../../engine/dialect.js';
import { createOptionsFor } from './create-options.js';

/** What `docker inspect` gives that a recreate needs beyond the run spec. */
interface InspectWithState extends ContainerInspectLike {
  Id: string;
  Image?: string;
  State?: { Running?: boolean; Paused?: boolean };
  Mounts?: { Type?: string; Name?: string; Destination?: string }[];
  NetworkSettings?: { Networks?: Record<string, { Aliases?: string[] | null }> | null };
}

/** Everything needed to make a container again: its spec, and what the spec does not say. */
export interface CapturedContainer {
  id: string;
  name: string;
  imageId: string;
  wasRunning: boolean;
  autoRemove: boolean;
  spec: RunSpec;
  primaryAliases: string[];
  extraNetworks: ExtraNetwork[];
  anonymousVolumes: AnonymousVolume[];
}

/** Reads a container as "copy as docker run" does, plus its anonymous volumes, networks and aliases. */
export async function captureContainer(connection: EngineConnection, id: string): Promise<CapturedContainer> {
  const info = (await connection.request(`Inspecting ${id}`, (docker) => docker.getContainer(id).inspect())) as unknown as InspectWithState;
  const image = await imageConfig(connection, info.Config?.Image ?? '', info.Image);
  const spec = runSpecFromInspect(info, image, engineDefaults(connection.dialect, info));
  const named = new Set(spec.mounts.filter((mount) => mount.source).map((mount) => mount.target));
  const primary = primaryNetwork(spec);
  const networks = Object.entries(info.NetworkSettings?.Networks ?? {});
  // The engine gives every container its short id as an alias on user networks; that one is made again by itself.
  const ownAliases = (aliases: string[] | null | undefined) => (aliases ?? []).filter((alias) => !info.Id.startsWith(alias));
  return {
    id: info.Id,
    name: (info.Name ?? '').replace(/^\//, ''),
    imageId: info.Image ?? '',
    wasRunning: Boolean(info.State?.Running),
    autoRemove: Boolean(info.HostConfig?.AutoRemove),
    spec,
    primaryAliases: ownAliases(networks.find(([name]) => name === primary)?.[1].Aliases),
    extraNetworks: networks
      .filter(([name]) => name !== primary)
      .map(([name, endpoint]) => ({ name, aliases: ownAliases(endpoint.Aliases) })),
    anonymousVolumes: (info.Mounts ?? [])
      .filter((mount) => mount.Type === 'volume' && mount.Name && mount.Destination && !named.has(mount.Destination))
      .map((mount) => ({ target: mount.Destination ?? '', name: mount.Name ?? '' })),
  };
}

/**
 * The spec to create with, so that a container's anonymous volumes (`-v /data`, or an image's VOLUME) are
 * mounted again by name instead of being made anew and empty: where `after` mounts an anonymous volume at the
 * same place, or where `before` had no mount of its own there (the image's VOLUME) and `after` has none either.
 * An anonymous mount the edit took out is not brought back (the old volume stays, unused, for the user).
 */
export function carryVolumes(before: RunSpec, after: RunSpec, anonymous: readonly AnonymousVolume[]): RunSpec {
  const mounts: MountSpec[] = after.mounts.map((mount) => ({ ...mount }));
  for (const volume of anonymous) {
    const now = mounts.find((mount) => mount.target === volume.target);
    if (now) {
      if (now.type === 'volume' && !now.source) now.source = volume.name;
    } else if (!before.mounts.some((mount) => mount.target === volume.target)) {
      mounts.push({ type: 'volume', source: volume.name, target: volume.target, readOnly: false });
    }
  }
  return { ...after, mounts };
}

export const primaryNetwork = (spec: RunSpec) => spec.network ?? 'bridge';

/**
 * Creates a container from a spec with its aliases and extra networks (connected before it starts, so it
 * never runs half-connected). Answers the container, or removes what it made and throws.
 */
export async function createWithNetworks(
  connection: EngineConnection,
  spec: RunSpec,
  networks: { primaryAliases: readonly string[]; extraNetworks: readonly ExtraNetwork[] },
): Promise<Docker.Container> {
  const options = createOptionsFor(spec);
  if (networks.primaryAliases.length > 0) {
    options.NetworkingConfig = { EndpointsConfig: { [primaryNetwork(spec)]: { Aliases: [...networks.primaryAliases] } } };
  }
  const container = await connection.request(`Creating a container from ${spec.image}`, (docker) => docker.createContainer(options));
  try {
    for (const network of networks.extraNetworks) {
      await connection.request(`Connecting ${spec.name ?? 'the container'} to network ${network.name}`, (docker) =>
        docker.getNetwork(network.name).connect({ Container: container.id, EndpointConfig: { Aliases: [...network.aliases] } }),
      );
    }
  } catch (error) {
    await container.remove({ force: true }).catch(() => undefined);
    throw error;
  }
  return container;
}

export async function imageConfig(connection: EngineConnection, reference: string, imageId: string | undefined): Promise<ImageConfigLike> {
  try {
    const image = await connection.request(`Inspecting image ${reference}`, (docker: Docker) => docker.getImage(imageId ?? reference).inspect());
    return (image.Config ?? {}) as ImageConfigLike;
  } catch (error) {
    // The image may be gone (removed after the container was made); then every setting is spelled out.
    if (error instanceof BerthError && error.code === 'NOT_FOUND') return {};
    throw error;
  }
}
