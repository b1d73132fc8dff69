import type { ContainerState } from '../../shared/contract/containers.js';
import { BerthError } from '../../shared/contract/errors.js';
import type { EngineEvent, EngineLimit, EngineProduct } from '../../shared/contract/engine.js';
import { parseImageRef } from '../../shared/image-ref.js';
import type { EngineDefaults } from '../../shared/run-spec-from-inspect.js';

/**
 * How one engine's Docker API differs from dockerd's, in one place: Podman's compatibility service speaks the
 * same endpoints with its own vocabulary (events, states, build output, network names, filters it refuses).
 * Services ask the connection's dialect instead of testing for an engine themselves; dockerd's dialect is the
 * identity, so everything written for Docker's words keeps working.
 */
export interface EngineDialect {
  readonly product: EngineProduct;
  /** Event types the engine never reports (Podman 4.3: networks). Berth refreshes them after its own actions. */
  readonly eventlessTypes: readonly string[];
  /** What it does otherwise than dockerd where Berth cannot make up for it (the contract's EngineLimit). */
  readonly limits: readonly EngineLimit[];
  /** An event in Docker's words. */
  event(event: EngineEvent & { kind: 'engine' }): EngineEvent & { kind: 'engine' };
  /** Container states a `status` filter may name for "stopped": the engine refuses a state it does not know. */
  readonly stoppedStates: readonly string[];
  /**
   * A network's own name, from the name the network list gives it: Podman's list calls its default network
   * `bridge` (for Docker clients), while its containers and its own tools call it `podman`.
   */
  networkName(listed: string): string;
  /** The builder's output lines, told apart (classic builder or Buildah). */
  readonly buildGrammar: BuildGrammar;
  /**
   * The `NAME=value` entries the engine adds to every container's environment by itself, which a `docker run`
   * rebuilt from the container must not repeat.
   */
  implicitEnv(container: InspectedConfig): readonly string[];
  /**
   * An image name (`name:tag` or `name@digest`) as Docker writes it: Podman writes Docker Hub's names in full
   * (`docker.io/library/web:1`), Docker in their familiar form (`web:1`). Podman's `localhost/` stays: it is a
   * name of its own (a local image), not another spelling of one.
   */
  imageName(name: string): string;
  /** A refusal in the contract's code, where the engine's HTTP status says less than its words. */
  error(error: BerthError): BerthError;
  /** GET /system/df's answer with Docker's meaning in its image fields (see podman's below). */
  diskUsage<T extends RawImageUsage>(df: T): T;
}

interface InspectedConfig {
  Config?: { Image?: string; Hostname?: string; User?: string };
}

/** What a `docker run` rebuilt from a container of this engine must leave to the engine (runSpecFromInspect). */
export function engineDefaults(dialect: EngineDialect, container: InspectedConfig): EngineDefaults {
  return { implicitEnv: dialect.implicitEnv(container), defaultNetwork: dialect.networkName('bridge') };
}

interface RawImageUsage {
  LayersSize?: number;
  Images?: { Size?: number; SharedSize?: number; Containers?: number }[] | null;
}

/** The builder's words: where a step starts, a cache hit, the layer a step left, and its bookkeeping lines. */
export interface BuildGrammar {
  /** Groups: step number, step count, instruction. */
  step: RegExp;
  cacheHit: RegExp;
  /** Group 1: the image id a finished step left. */
  layer: RegExp;
  /** Group 1: the built image's id, where the builder names it in a line. */
  built: RegExp;
  /** The builder's own lines about what it did, shown as info rather than the step's output. */
  bookkeeping: readonly RegExp[];
  /** What the builder puts before a failed step's reason (Berth names the step itself). */
  failurePrefix: RegExp;
  /** Group 1: the exit code of a RUN that failed, where the builder says it only in words. */
  exitCode: RegExp;
  /**
   * A Dockerfile line the builder cannot parse, where it says so mid-build instead of refusing the request:
   * group 1 the instruction, group 2 the line as written.
   */
  unknownInstruction: RegExp | null;
}

const dockerBuild: BuildGrammar = {
  step: /^Step (\d+)\/(\d+) : (.*)$/,
  cacheHit: /^ ---> Using cache$/,
  layer: /^ ---> ([0-9a-f]{12,64})$/,
  built: /^Successfully built ([0-9a-f]+)$/,
  bookkeeping: [/^ ---> Running in /, /^Removing intermediate container /, /^Successfully tagged /],
  failurePrefix: /^$/,
  exitCode: /returned a non-zero code: (\d+)/,
  // dockerd refuses such a file before building (HTTP 400, "dockerfile parse error line 2: …").
  unknownInstruction: null,
};

// Buildah (Podman's builder): "STEP 2/4: RUN …", "--> Using cache <id>", "--> 2cbb756aa34", "COMMIT name", and
// the image id alone on a line at the end.
const buildahBuild: BuildGrammar = {
  step: /^STEP (\d+)\/(\d+): (.*)$/,
  cacheHit: /^--> Using cache [0-9a-f]{12,64}$/,
  layer: /^--> ([0-9a-f]{11,64})$/,
  built: /^Successfully built ([0-9a-f]+)$/,
  bookkeeping: [/^COMMIT /, /^Successfully tagged /, /^[0-9a-f]{64}$/],
  failurePrefix: /^building at STEP "[^"]*": /,
  exitCode: /exit status (\d+)$/,
  unknownInstruction: /Unknown instruction: "([^"]+)".*Original:"((?:[^"\\]|\\.)*)"/s,
};

const docker: EngineDialect = {
  product: 'docker',
  eventlessTypes: [],
  limits: [],
  event: (event) => event,
  stoppedStates: ['exited', 'created', 'dead'],
  networkName: (listed) => listed,
  buildGrammar: dockerBuild,
  implicitEnv: () => [],
  diskUsage: (df) => df,
  imageName: (name) => name,
  error: (error) => error,
};

const podman: EngineDialect = {
  product: 'podman',
  eventlessTypes: ['network'],
  // Its compat service goes on with a pull or build whose client left, and its archive GET names every file root's.
  limits: ['cancelled-work-continues', 'archive-owners-lost'],
  event(event) {
    // Podman says `remove` where Docker says `destroy` (an image: `delete`), and leaves a volume's ID empty,
    // naming it in the attributes only.
    const action = event.action === 'remove' ? (event.type === 'image' ? 'delete' : 'destroy') : event.action;
    const id = event.id || (event.type === 'volume' ? (event.attributes.name ?? '') : '');
    return { ...event, action, id };
  },
  // Podman has no `dead` container state and answers the filter with "unknown container state: dead".
  stoppedStates: ['exited', 'created'],
  networkName: (listed) => (listed === 'bridge' ? 'podman' : listed),
  buildGrammar: buildahBuild,
  implicitEnv(container) {
    const config = container.Config ?? {};
    const root = !config.User || config.User === 'root' || config.User === '0';
    return [
      'container=podman',
      // Podman sets TERM in every container, with or without a terminal.
      'TERM=xterm',
      ...(root ? ['HOME=/root'] : []),
      ...(config.Hostname ? [`HOSTNAME=${config.Hostname}`] : []),
    ];
  },
  // Podman 4.3 leaves LayersSize at 0 and gives every image a SharedSize equal to its Size: the images then take
  // the sum of their sizes (a layer two images share counts twice, as Podman's own `system df` counts it), and
  // an image in use keeps all of its size.
  error(error) {
    // Podman answers 500 to what dockerd answers 409: a name already used, a container in the wrong state for
    // the request, an image still used or tagged several times.
    if (error.code !== 'INTERNAL' || !PODMAN_CONFLICTS.test(error.message)) return error;
    const message = PODMAN_PHRASES.reduce((text, [podman, docker]) => text.replace(podman, docker), error.message);
    return new BerthError('CONFLICT', message, error.details);
  },
  imageName: (name) => {
    const parsed = parseImageRef(name);
    return parsed.ok ? parsed.ref.familiar : name;
  },
  diskUsage: (df) => {
    const images = df.Images ?? [];
    const layers = df.LayersSize || images.reduce((sum, image) => sum + (image.Size ?? 0), 0);
    return { ...df, LayersSize: layers, Images: images.map((image) => ({ ...image, SharedSize: 0 })) };
  },
};

const PODMAN_CONFLICTS =
  /already exists|already used|container state improper|image is in use by a container|with more than one tag|is being used/i;

/** Podman's words where Docker's say it plainer, for a message the user reads. */
const PODMAN_PHRASES: readonly [string, string][] = [['can only create exec sessions on running containers: container state improper', 'the container is not running']];

/** The dialect of the engine that answered GET /version: Podman names its component "Podman Engine". */
export function dialectFromVersion(version: { Components?: readonly { Name?: string }[] | null }): EngineDialect {
  return (version.Components ?? []).some((component) => /podman/i.test(component.Name ?? '')) ? podman : docker;
}

export const dockerDialect = docker;

/**
 * A container state from any engine, in the contract's words. Podman's own: `configured` and `initialized`
 * (made, never started), `stopping` (still running until it stops), `stopped` (just killed or stopped, before
 * it settles as exited) and `unknown`. Anything else is unknown to Berth and shown as dead.
 */
export function containerState(raw: string | undefined): ContainerState {
  switch (raw) {
    case 'created':
    case 'running':
    case 'paused':
    case 'restarting':
    case 'removing':
    case 'exited':
    case 'dead':
      return raw;
    case 'configured':
    case 'initialized':
      return 'created';
    case 'stopping':
      return 'running';
    case 'stopped':
      return 'exited';
    default:
      return 'dead';
  }
}
