import type { ComposeModel } from '../../../../shared/contract/compose';
import type { ContainerSummary } from '../../../../shared/contract/containers';

/*
 * What `compose down` removes, for its confirmation to name: the containers of the file's services (every one
 * of the project with --remove-orphans), the networks compose made for the file, and — only when asked — the
 * volumes the file declares and the anonymous volumes of those containers. Compose labels what it makes with
 * the project and the key in the file, so the engine's names are read from those labels (a volume with its own
 * `name:` is found under it; an external one, which compose did not make and does not remove, is not).
 */

const PROJECT_LABEL = 'com.docker.compose.project';
const VOLUME_LABEL = 'com.docker.compose.volume';
const NETWORK_LABEL = 'com.docker.compose.network';
/** The network compose makes for the services that name none. */
const DEFAULT_NETWORK = 'default';

interface Labelled {
  name: string;
  labels: Readonly<Record<string, string>>;
}

export interface DownPlan {
  containers: ContainerSummary[];
  networks: string[];
  /** Empty unless volumes are to go. */
  volumes: string[];
  /** How many anonymous volumes of the containers go with them (with volumes). */
  anonymousVolumes: number;
}

interface DownInput {
  project: string;
  model: ComposeModel;
  containers: readonly ContainerSummary[];
  /** The engine's volumes and networks; undefined while they are not known (then compose's default names are shown). */
  volumes: readonly Labelled[] | undefined;
  networks: readonly Labelled[] | undefined;
  removeVolumes: boolean;
  removeOrphans: boolean;
}

/**
 * The engine's names of the resources a project's file declares under `keys`: those labelled with the project
 * and one of the keys. Before the engine's list is known, the names compose gives by default, `<project>_<key>`.
 */
function declaredNames(project: string, keys: readonly string[], label: string, engine: readonly Labelled[] | undefined): string[] {
  if (!engine) return keys.map((key) => `${project}_${key}`);
  const wanted = new Set(keys);
  return engine
    .filter((resource) => resource.labels[PROJECT_LABEL] === project && wanted.has(resource.labels[label] ?? ''))
    .map((resource) => resource.name)
    .sort();
}

const ANONYMOUS = /^[0-9a-f]{64}$/;

export function downPlan(input: DownInput): DownPlan {
  const { project, model } = input;
  const services = new Set(model.services.map((service) => service.name));
  const containers = input.containers.filter(
    (container) => container.composeProject === project && (input.removeOrphans || services.has(container.composeService ?? '')),
  );
  const networkKeys = [...model.networks];
  if (model.services.some((service) => service.networks.length === 0) && !networkKeys.includes(DEFAULT_NETWORK)) networkKeys.push(DEFAULT_NETWORK);
  const anonymous = new Set(
    input.removeVolumes ? containers.flatMap((container) => container.mounts.filter((mount) => mount.type === 'volume' && mount.name !== null && ANONYMOUS.test(mount.name)).map((mount) => mount.name!)) : [],
  );
  return {
    containers,
    networks: declaredNames(project, networkKeys, NETWORK_LABEL, input.networks),
    volumes: input.removeVolumes ? declaredNames(project, model.volumes, VOLUME_LABEL, input.volumes) : [],
    anonymousVolumes: anonymous.size,
  };
}
