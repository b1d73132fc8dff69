import type { MountSpec, PortSpec, RunSpec } from './run-spec.js';

/** The parts of `docker inspect CONTAINER` that a `docker run` command decides. */
export interface ContainerInspectLike {
  Name?: string;
  Config?: {
    Image?: string;
    Hostname?: string;
    Cmd?: string[] | null;
    Entrypoint?: string[] | null;
    Env?: string[] | null;
    Labels?: Record<string, string> | null;
    WorkingDir?: string;
    User?: string;
    Tty?: boolean;
    OpenStdin?: boolean;
    Volumes?: Record<string, unknown> | null;
  };
  HostConfig?: {
    Binds?: string[] | null;
    PortBindings?: Record<string, { HostIp?: string; HostPort?: string }[] | null> | null;
    RestartPolicy?: { Name?: string };
    AutoRemove?: boolean;
    NetworkMode?: string;
  };
  NetworkSettings?: { Networks?: Record<string, unknown> | null };
}

/** What the engine does by itself, which a rebuilt `docker run` must neither repeat nor lose. */
export interface EngineDefaults {
  /** The `NAME=value` entries the engine adds to every container (Podman's `container=podman`, `TERM=xterm`…). */
  implicitEnv?: readonly string[];
  /**
   * The engine's default network by its own name (`bridge`; Podman's `podman`). Podman reports NetworkMode
   * `bridge` for a container on any bridge network: one not on the default network was then given `--network`.
   */
  defaultNetwork?: string;
}

/** The parts of `docker image inspect` that are defaults a run command need not repeat. */
export interface ImageConfigLike {
  Cmd?: string[] | null;
  Entrypoint?: string[] | null;
  Env?: string[] | null;
  Labels?: Record<string, string> | null;
  WorkingDir?: string;
  User?: string;
  Volumes?: Record<string, unknown> | null;
}

const sameList = (a: readonly string[] | null | undefined, b: readonly string[] | null | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * Rebuilds the run spec of an existing container, leaving out what its image (and the engine, `engine`) already
 * says, so that the command reads like what a person would have typed.
 */
export function runSpecFromInspect(container: ContainerInspectLike, image: ImageConfigLike, engine: EngineDefaults = {}): RunSpec {
  const config = container.Config ?? {};
  const host = container.HostConfig ?? {};
  const entrypointChanged = !sameList(config.Entrypoint, image.Entrypoint);
  const imageEnv = new Set([...(image.Env ?? []), ...(engine.implicitEnv ?? [])]);
  const imageLabels = image.Labels ?? {};

  const spec: RunSpec = {
    image: config.Image ?? '',
    env: (config.Env ?? [])
      .filter((entry) => !imageEnv.has(entry))
      .map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? { key: entry, value: '' } : { key: entry.slice(0, at), value: entry.slice(at + 1) };
      }),
    ports: portsOf(host.PortBindings ?? {}),
    mounts: mountsOf(host.Binds ?? [], config.Volumes ?? {}, image.Volumes ?? {}),
    restart: restartOf(host.RestartPolicy?.Name),
    autoRemove: host.AutoRemove ?? false,
    interactive: config.OpenStdin ?? false,
    tty: config.Tty ?? false,
    labels: Object.fromEntries(Object.entries(config.Labels ?? {}).filter(([key, value]) => imageLabels[key] !== value)),
  };
  const name = container.Name?.replace(/^\//, '');
  if (name) spec.name = name;
  if (entrypointChanged) spec.entrypoint = config.Entrypoint ?? [];
  // The CLI drops the image's CMD when --entrypoint is given, so then the command is always spelled out.
  if (entrypointChanged || !sameList(config.Cmd, image.Cmd)) spec.cmd = config.Cmd ?? [];
  if (config.WorkingDir && config.WorkingDir !== (image.WorkingDir ?? '')) spec.workingDir = config.WorkingDir;
  if (config.User && config.User !== (image.User ?? '')) spec.user = config.User;
  if (host.NetworkMode && !['default', 'bridge'].includes(host.NetworkMode)) spec.network = host.NetworkMode;
  else if (engine.defaultNetwork && engine.defaultNetwork !== 'bridge') {
    const attached = Object.keys(container.NetworkSettings?.Networks ?? {});
    if (attached.length > 0 && !attached.includes(engine.defaultNetwork)) spec.network = attached[0];
  }
  return spec;
}

function portsOf(bindings: Record<string, { HostIp?: string; HostPort?: string }[] | null>): PortSpec[] {
  const ports: PortSpec[] = [];
  for (const [key, list] of Object.entries(bindings)) {
    const [port, proto] = key.split('/');
    const protocol = proto === 'udp' || proto === 'sctp' ? proto : 'tcp';
    for (const binding of list ?? [{}]) {
      ports.push({
        hostIp: binding.HostIp ?? '',
        hostPort: binding.HostPort ? Number(binding.HostPort) : null,
        containerPort: Number(port),
        protocol,
      });
    }
  }
  return ports.sort((a, b) => a.containerPort - b.containerPort);
}

const anonymousVolumeName = /^[0-9a-f]{64}$/;

function mountsOf(binds: string[], volumes: Record<string, unknown>, imageVolumes: Record<string, unknown>): MountSpec[] {
  const mounts: MountSpec[] = binds.map((bind) => {
    const [source = '', target = '', options = ''] = bind.split(':');
    return {
      type: source.startsWith('/') ? 'bind' : 'volume',
      // The engine names an anonymous volume with 64 hex digits; mounted by that name, it is one a recreate
      // (Berth's, or compose's) carried over from an earlier container: still the user's `-v /path`.
      source: anonymousVolumeName.test(source) ? '' : source,
      target,
      readOnly: options.split(',').includes('ro'),
    };
  });
  const explicit = new Set(mounts.map((m) => m.target));
  // `-v /path` (an anonymous volume) shows up only in Config.Volumes; the image's own VOLUMEs are not the user's.
  for (const target of Object.keys(volumes)) {
    if (!explicit.has(target) && !(target in imageVolumes)) mounts.push({ type: 'volume', source: '', target, readOnly: false });
  }
  return mounts;
}

function restartOf(name: string | undefined): RunSpec['restart'] {
  return name === 'always' || name === 'unless-stopped' || name === 'on-failure' ? name : 'no';
}
