import type Docker from 'dockerode';
import type { HistoryEntry, ImageDetails, ImageSummary } from '../../../shared/contract/images.js';
import { instructionOf } from './build-output.js';
import { dockerImageId } from './engine-images.js';

const NONE = '<none>';

/** "127.0.0.1:5555/team/web:1" → ["127.0.0.1:5555/team/web", "1"]: the tag is after the last ':' that follows the last '/'. */
export function splitRepoTag(repoTag: string): [string, string] {
  const colon = repoTag.lastIndexOf(':');
  if (colon < 0 || repoTag.indexOf('/', colon) >= 0) return [repoTag, NONE];
  return [repoTag.slice(0, colon), repoTag.slice(colon + 1)];
}

/** The engine writes "<none>:<none>" / "<none>@<none>" for what an image does not have; these are nothing. */
export function realTags(tags: string[] | null | undefined): string[] {
  return (tags ?? []).filter((tag) => tag !== '<none>:<none>');
}

function realDigests(digests: string[] | null | undefined): string[] {
  return (digests ?? []).filter((digest) => digest !== '<none>@<none>');
}

/**
 * One GET /images/json entry as `docker images` shows it: a row per tag; an image known only by its registry
 * digest gets a row per repository with tag <none>; an image with neither is one dangling <none> row.
 */
export function toImageRows(raw: Docker.ImageInfo, containersByImage: Map<string, string[]>): ImageSummary[] {
  const tags = realTags(raw.RepoTags);
  const digests = realDigests(raw.RepoDigests);
  const digestOf = (repository: string) => digests.find((d) => d.startsWith(`${repository}@`))?.slice(repository.length + 1) ?? null;
  const base = {
    id: raw.Id,
    created: raw.Created,
    sizeBytes: raw.Size,
    dangling: tags.length === 0,
    containers: containersByImage.get(raw.Id) ?? [],
    labels: raw.Labels ?? {},
  };
  if (tags.length) {
    return tags.map((repoTag) => {
      const [repository, tag] = splitRepoTag(repoTag);
      return { ...base, repository, tag, digest: digestOf(repository) };
    });
  }
  const repositories = [...new Set(digests.map((d) => d.slice(0, d.indexOf('@'))))];
  if (repositories.length) return repositories.map((repository) => ({ ...base, repository, tag: NONE, digest: digestOf(repository) }));
  return [{ ...base, repository: NONE, tag: NONE, digest: null }];
}

/** Container names by the id of the image each was made from. */
export function containersByImage(containers: Docker.ContainerInfo[]): Map<string, string[]> {
  const byImage = new Map<string, string[]>();
  for (const container of containers) {
    const name = (container.Names?.[0] ?? container.Id.slice(0, 12)).replace(/^\//, '');
    const list = byImage.get(container.ImageID) ?? [];
    list.push(name);
    byImage.set(container.ImageID, list);
  }
  for (const list of byImage.values()) list.sort();
  return byImage;
}

interface RawImageInspect {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Parent?: string;
  Created?: string;
  Size?: number;
  Architecture?: string;
  Os?: string;
  Author?: string;
  Comment?: string;
  Config?: {
    Env?: string[] | null;
    Cmd?: string[] | null;
    Entrypoint?: string[] | null;
    WorkingDir?: string;
    User?: string;
    ExposedPorts?: Record<string, object> | null;
    Volumes?: Record<string, object> | null;
    Labels?: Record<string, string> | null;
    StopSignal?: string;
  } | null;
  RootFS?: { Layers?: string[] | null };
}

export function toImageDetails(raw: RawImageInspect): ImageDetails {
  const config = raw.Config ?? {};
  const exposedPorts = Object.keys(config.ExposedPorts ?? {})
    .map((key) => {
      const [port, protocol = 'tcp'] = key.split('/');
      return { port: Number(port), protocol: protocol as 'tcp' | 'udp' | 'sctp' };
    })
    .filter((p) => Number.isInteger(p.port) && ['tcp', 'udp', 'sctp'].includes(p.protocol))
    .sort((a, b) => a.port - b.port);
  return {
    id: raw.Id,
    repoTags: realTags(raw.RepoTags),
    repoDigests: realDigests(raw.RepoDigests),
    parent: raw.Parent || null,
    created: raw.Created ?? '',
    sizeBytes: raw.Size ?? 0,
    architecture: raw.Architecture ?? '',
    os: raw.Os ?? '',
    author: raw.Author ?? '',
    comment: raw.Comment ?? '',
    config: {
      env: config.Env ?? [],
      cmd: config.Cmd ?? null,
      entrypoint: config.Entrypoint ?? null,
      workingDir: config.WorkingDir ?? '',
      user: config.User ?? '',
      exposedPorts,
      volumes: Object.keys(config.Volumes ?? {}).sort(),
      labels: config.Labels ?? {},
      stopSignal: config.StopSignal || null,
    },
    layers: raw.RootFS?.Layers ?? [],
    raw: raw as unknown as Record<string, unknown>,
  };
}

export interface RawHistoryEntry {
  Id: string;
  Created: number;
  CreatedBy: string;
  Size: number;
  Comment: string;
  Tags?: string[] | null;
}

export function toHistoryEntry(raw: RawHistoryEntry): HistoryEntry {
  return {
    id: raw.Id && raw.Id !== '<missing>' ? dockerImageId(raw.Id) : null,
    created: raw.Created,
    createdBy: raw.CreatedBy,
    instruction: instructionOf(raw.CreatedBy),
    sizeBytes: raw.Size,
    comment: raw.Comment ?? '',
    tags: raw.Tags ?? [],
  };
}
