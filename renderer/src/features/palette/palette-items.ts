import type { TFunction } from 'i18next';
import type { ComposeFileProject } from '../../../../shared/contract/compose';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import type { ImageSummary } from '../../../../shared/contract/images';
import type { VolumeSummary } from '../../../../shared/contract/volumes';
import type { Section } from '../../../../shared/routes';
import { dockerRunCommand, type RunSpec } from '../../../../shared/run-spec';
import { containerStateWords } from '../../api/container-state-words';
import type { Rankable } from './palette-match';

/*
 * What the command palette offers, as data: pages to go to, "Run again" for recent runs, and every container,
 * image and volume, each with its actions. The component runs the commands; building the list is pure.
 * Words come from the `palette` namespace (`t`); with `english` (the same in English, when the UI is in
 * another language) each worded title also carries its English one, so that a query in either finds it.
 */

type ContainerVerb = 'open' | 'start' | 'stop' | 'restart' | 'logs' | 'remove';
type ImageVerb = 'open' | 'run' | 'remove';
type VolumeVerb = 'browse' | 'details';

export type PaletteCommand =
  | { type: 'go'; section: Section }
  | { type: 'container'; verb: ContainerVerb; container: ContainerSummary }
  | { type: 'image'; verb: ImageVerb; image: ImageSummary }
  | { type: 'volume'; verb: VolumeVerb; volume: VolumeSummary }
  | { type: 'runAgain'; spec: RunSpec }
  /** The "Open compose file or folder" dialog of the Compose page. */
  | { type: 'composeOpen' }
  | { type: 'composeProject'; project: ComposeFileProject };

/** Worded as `groups.<id>` in the `palette` namespace. */
export type PaletteGroup = 'go' | 'runAgain' | 'compose' | 'containers' | 'images' | 'volumes' | 'actions';

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

const groupOrder: Record<PaletteGroup, number> = { go: 0, runAgain: 1, compose: 2, containers: 3, images: 4, volumes: 5, actions: 6 };

/** The palette's two ways of wording: the UI language's, and English when that is another one. */
interface Words {
  t: TFunction;
  english?: TFunction | undefined;
}

/** A worded title, with its English one when that differs (see `Rankable.altTitle`). */
function titled({ t, english }: Words, key: string, values: Record<string, unknown> = {}): { title: string; altTitle?: string } {
  const title = t(key, values);
  const altTitle = english?.(key, values);
  return altTitle && altTitle !== title ? { title, altTitle } : { title };
}

interface PaletteSources {
  /** The side navigation's sections, named as it names them (`common:nav.<id>`). */
  pages: readonly { id: Section }[];
  recentRuns: readonly RunSpec[];
  containers: readonly ContainerSummary[];
  images: readonly ImageSummary[];
  volumes: readonly VolumeSummary[];
  /** The compose projects opened from files; when given, "Open compose file…" is offered with them. */
  composeProjects?: readonly ComposeFileProject[];
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

export function containerActions(container: ContainerSummary, t: TFunction, english?: TFunction): PaletteItem[] {
  const item = (verb: ContainerVerb): PaletteItem => ({
    id: `container:${container.id}:${verb}`,
    group: 'actions',
    ...titled({ t, english }, `action.container.${verb}`),
    command: { type: 'container', verb, container },
  });
  const actions = [item('open')];
  if (running(container)) actions.push(item('stop'), item('restart'));
  else if (container.state !== 'removing') actions.push(item('start'));
  actions.push(item('logs'), item('remove'));
  return actions;
}

function imageActions(image: ImageSummary, words: Words): PaletteItem[] {
  const item = (verb: ImageVerb): PaletteItem => ({ id: `image:${image.id}:${imageTitle(image)}:${verb}`, group: 'actions', ...titled(words, `action.image.${verb}`), command: { type: 'image', verb, image } });
  return [item('run'), item('open'), item('remove')];
}

function volumeActions(volume: VolumeSummary, words: Words): PaletteItem[] {
  const item = (verb: VolumeVerb): PaletteItem => ({ id: `volume:${volume.name}:${verb}`, group: 'actions', ...titled(words, `action.volume.${verb}`), command: { type: 'volume', verb, volume } });
  return [item('browse'), item('details')];
}

/** "Go to Containers": the page named as the side navigation names it. */
function goWords({ t, english }: Words, section: Section) {
  const title = t('goTo', { page: t(`common:nav.${section}`) });
  const altTitle = english?.('goTo', { page: english(`common:nav.${section}`) });
  return altTitle && altTitle !== title ? { title, altTitle } : { title };
}

function runWords(words: Words, spec: RunSpec) {
  return spec.name ? titled(words, 'runAgain.named', { name: spec.name, image: spec.image }) : titled(words, 'runAgain.image', { image: spec.image });
}

/** A recent run in words: its name (or image) and command. */
export function runTitle(spec: RunSpec, t: TFunction): string {
  return runWords({ t }, spec).title;
}

/** Everything the palette can show, grouped and in order; ranking (palette-match) picks what a query finds. */
export function paletteItems(sources: PaletteSources, t: TFunction, english?: TFunction): PaletteItem[] {
  const words: Words = { t, english };
  const items: PaletteItem[] = [];
  for (const page of sources.pages) {
    items.push({
      id: `go:${page.id}`,
      group: 'go',
      ...goWords(words, page.id),
      keywords: page.id,
      order: groupOrder.go,
      command: { type: 'go', section: page.id },
    });
  }
  sources.recentRuns.forEach((spec, index) => {
    items.push({
      id: `run:${index}`,
      group: 'runAgain',
      ...runWords(words, spec),
      detail: dockerRunCommand(spec),
      keywords: `run ${spec.image}`,
      order: groupOrder.runAgain,
      command: { type: 'runAgain', spec },
    });
  });
  if (sources.composeProjects) {
    items.push({
      id: 'compose:open',
      group: 'compose',
      ...titled(words, 'compose.open'),
      keywords: 'compose docker-compose yaml yml file folder',
      order: groupOrder.compose,
      command: { type: 'composeOpen' },
    });
    for (const project of sources.composeProjects) {
      items.push({
        id: `compose:${project.id}`,
        group: 'compose',
        title: project.name,
        detail: project.dir,
        keywords: `compose ${project.files.join(' ')}`,
        order: groupOrder.compose,
        command: { type: 'composeProject', project },
      });
    }
  }
  // Running containers first, then the rest by name.
  const containers = [...sources.containers].sort((a, b) => Number(running(b)) - Number(running(a)) || a.name.localeCompare(b.name));
  for (const container of containers) {
    items.push({
      id: `container:${container.id}`,
      group: 'containers',
      title: container.name,
      // The state in the UI language (the engine's status line is English).
      detail: `${container.image} · ${containerStateWords(container.state, t)}`,
      keywords: `${container.image} ${container.id.slice(0, 12)} ${container.composeProject ?? ''}`,
      order: groupOrder.containers,
      command: { type: 'container', verb: 'open', container },
      actions: containerActions(container, t, english),
    });
  }
  for (const image of sources.images) {
    const title = imageTitle(image);
    items.push({
      id: `image:${image.id}:${title}`,
      group: 'images',
      title,
      detail: image.containers.length > 0 ? t('detail.usedBy', { names: image.containers.join(', ') }) : t('detail.unused'),
      keywords: shortId(image.id),
      order: groupOrder.images,
      command: { type: 'image', verb: 'open', image },
      actions: imageActions(image, words),
    });
  }
  for (const volume of sources.volumes) {
    items.push({
      id: `volume:${volume.name}`,
      group: 'volumes',
      title: volume.name,
      detail: volume.anonymous ? t('detail.anonymousVolume') : volume.driver,
      order: groupOrder.volumes,
      command: { type: 'volume', verb: 'browse', volume },
      actions: volumeActions(volume, words),
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
    return item.group === 'go' || count < perGroup;
  });
}
