/*
 * Berth's pages as typed routes, shared by the renderer (its pages and links) and the Electron shell (the tray
 * opens pages). A route lives in the address's hash (#/containers/<id>?tab=logs): the same static files serve
 * both shells, and a hash change never reloads the page or reaches a server.
 *
 * `routes.*` build the hash of a page; `parseRoute` reads one back as a discriminated union. Anything this
 * table does not know is the containers list, Berth's first page.
 */

export const containerTabs = ['overview', 'logs', 'terminal', 'stats', 'files', 'mounts', 'changes', 'inspect'] as const;
export type ContainerTab = (typeof containerTabs)[number];
export const imageTabs = ['overview', 'history', 'layers', 'inspect'] as const;
export type ImageTab = (typeof imageTabs)[number];
export const volumeTabs = ['files', 'details'] as const;
export type VolumeTab = (typeof volumeTabs)[number];
export const composeTabs = ['services', 'editor', 'logs'] as const;
export type ComposeTab = (typeof composeTabs)[number];

/** The sections of the side navigation, in order; each route belongs to one. */
export const sections = [
  { id: 'containers', label: 'Containers' },
  { id: 'compose', label: 'Compose' },
  { id: 'images', label: 'Images' },
  { id: 'volumes', label: 'Volumes' },
  { id: 'networks', label: 'Networks' },
  { id: 'registries', label: 'Registries' },
  { id: 'trash', label: 'Recently removed' },
  { id: 'engine', label: 'Engine' },
  { id: 'settings', label: 'Settings' },
] as const;
export type Section = (typeof sections)[number]['id'];

export type Route =
  | { page: 'containers' }
  /** `attach`: open the terminal attached (after running a container with -it). */
  | { page: 'container'; id: string; tab?: ContainerTab; attach?: boolean }
  /** The compose projects: those opened from files, and those the engine has only by their labels; `open`: open the "Open compose file" dialog at once. */
  | { page: 'compose'; open?: boolean }
  /** A compose project opened from its files, by Berth's id for it. */
  | { page: 'composeProject'; id: string; tab?: ComposeTab }
  | { page: 'images' }
  | { page: 'image'; id: string; tab?: ImageTab }
  | { page: 'volumes' }
  | { page: 'volume'; name: string; tab?: VolumeTab }
  | { page: 'networks' }
  /** A network by name or id. */
  | { page: 'network'; ref: string }
  /** `login`: open the sign-in dialog at once (the tray's "Sign in to registry…"), for `registry` if given. */
  | { page: 'registries'; login?: boolean; registry?: string }
  | { page: 'registry'; registry: string }
  | { page: 'repository'; registry: string; repository: string }
  /** Recently removed: containers, volumes and images that can be brought back. */
  | { page: 'trash' }
  | { page: 'engine' }
  | { page: 'settings' };

type RoutePage = Route['page'];

/** A route's hash, e.g. `#/containers/abc?tab=logs`. */
export type Href = `#/${string}`;

function href(segments: readonly string[], params: Record<string, string | undefined> = {}): Href {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
  return `#/${segments.map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`;
}

/** The hash of every page, from its parts. */
export const routes = {
  containers: (): Href => href(['containers']),
  container: (id: string, options: { tab?: ContainerTab; attach?: boolean } = {}): Href =>
    href(['containers', id], { tab: options.tab, attach: options.attach ? '1' : undefined }),
  compose: (options: { open?: boolean } = {}): Href => href(['compose'], { open: options.open ? '1' : undefined }),
  composeProject: (id: string, options: { tab?: ComposeTab } = {}): Href => href(['compose', id], { tab: options.tab }),
  images: (): Href => href(['images']),
  image: (id: string, options: { tab?: ImageTab } = {}): Href => href(['images', id], { tab: options.tab }),
  volumes: (): Href => href(['volumes']),
  volume: (name: string, options: { tab?: VolumeTab } = {}): Href => href(['volumes', name], { tab: options.tab }),
  networks: (): Href => href(['networks']),
  network: (ref: string): Href => href(['networks', ref]),
  registries: (options: { login?: boolean; registry?: string } = {}): Href =>
    href(['registries'], { login: options.login ? '1' : undefined, registry: options.login ? options.registry : undefined }),
  registry: (registry: string): Href => href(['registries', registry]),
  repository: (registry: string, repository: string): Href => href(['registries', registry, repository]),
  trash: (): Href => href(['trash']),
  engine: (): Href => href(['engine']),
  settings: (): Href => href(['settings']),
  /** A section's first page (the side navigation's links). */
  section: (section: Section): Href => href([section]),
} as const;

/** The hash of a route value (the inverse of `parseRoute`). */
export function formatRoute(route: Route): Href {
  switch (route.page) {
    case 'containers':
    case 'images':
    case 'volumes':
    case 'networks':
    case 'trash':
    case 'engine':
    case 'settings':
      return routes.section(route.page);
    case 'container':
      return routes.container(route.id, route);
    case 'compose':
      return routes.compose(route);
    case 'composeProject':
      return routes.composeProject(route.id, route);
    case 'image':
      return routes.image(route.id, route);
    case 'volume':
      return routes.volume(route.name, route);
    case 'network':
      return routes.network(route.ref);
    case 'registries':
      return routes.registries(route);
    case 'registry':
      return routes.registry(route.registry);
    case 'repository':
      return routes.repository(route.registry, route.repository);
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a hand-typed % that is no escape: taken as it is
  }
}

function pick<T extends string>(choices: readonly T[], value: string | null): T | undefined {
  return choices.find((choice) => choice === value);
}

/** The route a hash names; unknown pages are the containers list, unknown tabs the page's first. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [section = '', first, ...rest] = path.split('/').filter(Boolean).map(decode);
  const params = new URLSearchParams(query);
  const tab = params.get('tab');
  switch (section) {
    case 'containers':
      if (!first) return { page: 'containers' };
      return { page: 'container', id: first, ...optional('tab', pick(containerTabs, tab)), ...(params.get('attach') === '1' ? { attach: true } : {}) };
    case 'compose':
      if (first) return { page: 'composeProject', id: first, ...optional('tab', pick(composeTabs, tab)) };
      return params.get('open') === '1' ? { page: 'compose', open: true } : { page: 'compose' };
    case 'images':
      return first ? { page: 'image', id: first, ...optional('tab', pick(imageTabs, tab)) } : { page: 'images' };
    case 'volumes':
      return first ? { page: 'volume', name: first, ...optional('tab', pick(volumeTabs, tab)) } : { page: 'volumes' };
    case 'networks':
      return first ? { page: 'network', ref: first } : { page: 'networks' };
    case 'registries': {
      if (first && rest.length > 0) return { page: 'repository', registry: first, repository: rest.join('/') };
      if (first) return { page: 'registry', registry: first };
      if (params.get('login') !== '1') return { page: 'registries' };
      const registry = params.get('registry');
      return { page: 'registries', login: true, ...(registry ? { registry } : {}) };
    }
    case 'trash':
      return { page: 'trash' };
    case 'engine':
      return { page: 'engine' };
    case 'settings':
      return { page: 'settings' };
    default:
      return { page: 'containers' };
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const sectionOfPage: Record<RoutePage, Section> = {
  containers: 'containers',
  container: 'containers',
  compose: 'compose',
  composeProject: 'compose',
  images: 'images',
  image: 'images',
  volumes: 'volumes',
  volume: 'volumes',
  networks: 'networks',
  network: 'networks',
  registries: 'registries',
  registry: 'registries',
  repository: 'registries',
  trash: 'trash',
  engine: 'engine',
  settings: 'settings',
};

/** The section a route belongs to (which side navigation entry is current). */
export function sectionOf(route: Route): Section {
  return sectionOfPage[route.page];
}
