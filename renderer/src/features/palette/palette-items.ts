import type { ContainerSummary } from '../../../../shared/contract/containers';
import type { ImageSummary } from '../../../../shared/contract/images';
import type { VolumeSummary } from '../../../../shared/contract/volumes';
import type { Section } from '../../../../shared/routes';
import { dockerRunCommand, type RunSpec } from '../../../../shared/run-spec';
import type { Rankable } from './palette-match';

/*
 * What the command palette offers, as data: pages to go to, "Run again" for recent runs, and every container,
 * image and volume, each with its actions. The component runs the commands; building the list is pure.
 */

type ContainerVerb = 'open' | 'start' | 'stop' | 'restart' | 'logs' | 'remove';
type ImageVerb = 'open' | 'run' | 'remove';
type VolumeVerb = 'browse' | 'details';

export type PaletteCommand =
  | { type: 'go'; section: Section }
  | { type: 'container'; verb: ContainerVerb; container: ContainerSummary }
  | { type: 'image'; verb: ImageVerb; image: ImageSummary }
  | { type: 'volume'; verb: VolumeVerb; volume: VolumeSummary }
  | { type: 'runAgain'; spec: RunSpec };

type PaletteGroup = 'Go to' | 'Run again' | 'Containers' | 'Images' | 'Volumes' | 'Actions';

export interface PaletteItem extends Rankable {
  /** Unique in the list, stable across renders (also the option's DOM id suffix). */
  id: string;
  group: PaletteGroup;
  title: string;
  /** A second line: an image, a state, a size. */
  detail?: string;
  /** What Enter does. */
  command: PaletteCommand;
  /** More actions (→ or Tab shows them), for containers, images and volumes. */
  actions?: PaletteItem[];
}

const groupOrder: Record<PaletteGroup, number> = { 'Go to': 0, 'Run again': 1, Containers: 2, Images: 3, Volumes: 4, Actions: 5 };

interface PaletteSources {
  pages: readonly { id: Section; label: string }[];
  recentRuns: readonly RunSpec[];
  containers: readonly ContainerSummary[];
  images: readonly ImageSummary[];
  volumes: readonly VolumeSummary[];
}

const NONE = '<none>';

/** How an image is named in the palette: repository:tag, repository@digest, or its short id. */
export function imageTitle(image: Pick<ImageSummary, 'id' | 'repository' | 'tag' | 'digest'>): string {
  if (image.repository !== NONE && image.tag !== NONE) return `${image.repository}:${image.tag}`;
  if (image.repository !== NONE && image.digest) return `${image.repository}@${image.digest}`;
  return `<none> ${shortId(image.id)}`;
}

function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

const running = (c: ContainerSummary) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting';

export function containerActions(container: ContainerSummary): PaletteItem[] {
  const item = (verb: ContainerVerb, title: string): PaletteItem => ({
    id: `container:${container.id}:${verb}`,
    group: 'Actions',
    title,
    command: { type: 'container', verb, container },
  });
  const actions = [item('open', 'Open')];
  if (running(container)) actions.push(item('stop', 'Stop'), item('restart', 'Restart'));
  else if (container.state !== 'removing') actions.push(item('start', 'Start'));
  actions.push(item('logs', 'Show logs'), item('remove', 'Remove…'));
  return actions;
}

function imageActions(image: ImageSummary): PaletteItem[] {
  const item = (verb: ImageVerb, title: string): PaletteItem => ({ id: `image:${image.id}:${imageTitle(image)}:${verb}`, group: 'Actions', title, command: { type: 'image', verb, image } });
  return [item('run', 'Run…'), item('open', 'Open'), item('remove', 'Remove…')];
}

function volumeActions(volume: VolumeSummary): PaletteItem[] {
  const item = (verb: VolumeVerb, title: string): PaletteItem => ({ id: `volume:${volume.name}:${verb}`, group: 'Actions', title, command: { type: 'volume', verb, volume } });
  return [item('browse', 'Browse files'), item('details', 'Details')];
}

/** A recent run in words: its name (or image) and command. */
export function runTitle(spec: RunSpec): string {
  const name = spec.name ? `${spec.name} (${spec.image})` : spec.image;
  return `Run again: ${name}`;
}

/** Everything the palette can show, grouped and in order; ranking (palette-match) picks what a query finds. */
export function paletteItems(sources: PaletteSources): PaletteItem[] {
  const items: PaletteItem[] = [];
  for (const page of sources.pages) {
    items.push({ id: `go:${page.id}`, group: 'Go to', title: `Go to ${page.label}`, keywords: page.id, order: groupOrder['Go to'], command: { type: 'go', section: page.id } });
  }
  sources.recentRuns.forEach((spec, index) => {
    items.push({
      id: `run:${index}`,
      group: 'Run again',
      title: runTitle(spec),
      detail: dockerRunCommand(spec),
      keywords: `run ${spec.image}`,
      order: groupOrder['Run again'],
      command: { type: 'runAgain', spec },
    });
  });
  // Running containers first, then the rest by name.
  const containers = [...sources.containers].sort((a, b) => Number(running(b)) - Number(running(a)) || a.name.localeCompare(b.name));
  for (const container of containers) {
    items.push({
      id: `container:${container.id}`,
      group: 'Containers',
      title: container.name,
      detail: `${container.image} · ${container.status}`,
      keywords: `${container.image} ${container.id.slice(0, 12)} ${container.composeProject ?? ''}`,
      order: groupOrder.Containers,
      command: { type: 'container', verb: 'open', container },
      actions: containerActions(container),
    });
  }
  for (const image of sources.images) {
    const title = imageTitle(image);
    items.push({
      id: `image:${image.id}:${title}`,
      group: 'Images',
      title,
      detail: image.containers.length > 0 ? `used by ${image.containers.join(', ')}` : 'unused',
      keywords: shortId(image.id),
      order: groupOrder.Images,
      command: { type: 'image', verb: 'open', image },
      actions: imageActions(image),
    });
  }
  for (const volume of sources.volumes) {
    items.push({
      id: `volume:${volume.name}`,
      group: 'Volumes',
      title: volume.name,
      detail: volume.anonymous ? 'anonymous volume' : volume.driver,
      order: groupOrder.Volumes,
      command: { type: 'volume', verb: 'browse', volume },
      actions: volumeActions(volume),
    });
  }
  return items;
}

/** With no query: pages, recent runs and the first few containers, not thousands of rows. */
export function defaultItems(items: readonly PaletteItem[], perGroup = 6): PaletteItem[] {
  const counts = new Map<PaletteGroup, number>();
  return items.filter((item) => {
    const count = counts.get(item.group) ?? 0;
    counts.set(item.group, count + 1);
    return item.group === 'Go to' || count < perGroup;
  });
}
