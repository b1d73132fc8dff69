import { Document } from 'yaml';
import { runSpecFromInspect, type ContainerInspectLike, type ImageConfigLike } from '../../../shared/run-spec-from-inspect.js';
import type { PortSpec } from '../../../shared/run-spec.js';
import { dockerDialect, engineDefaults, type EngineDialect } from '../../engine/dialect.js';
import { dependsOnFromLabel } from './start-order.js';

/*
 * "Export as compose": the compose file that recreates containers, from their inspect data alone. Pure: the
 * handler (export-handler.ts) gathers the inspect data of the containers, their images, volumes and networks.
 */

interface Healthcheck {
  Test?: string[] | null;
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  Retries?: number;
}

/** The parts of `docker inspect CONTAINER` a compose service can say. */
export interface ExportContainer extends ContainerInspectLike {
  Id: string;
  Name: string;
  /** The image's id: what the container was made from (its tag may have moved since). */
  Image: string;
  Config: NonNullable<ContainerInspectLike['Config']> & {
    Hostname?: string;
    ExposedPorts?: Record<string, unknown> | null;
    Healthcheck?: Healthcheck | null;
    StopSignal?: string;
  };
  HostConfig: NonNullable<ContainerInspectLike['HostConfig']> & {
    RestartPolicy?: { Name?: string; MaximumRetryCount?: number };
    Links?: string[] | null;
    VolumesFrom?: string[] | null;
    Tmpfs?: Record<string, string> | null;
    Init?: boolean | null;
    Privileged?: boolean;
    CapAdd?: string[] | null;
    CapDrop?: string[] | null;
    ExtraHosts?: string[] | null;
    Devices?: { PathOnHost?: string; PathInContainer?: string; CgroupPermissions?: string }[] | null;
  };
  Mounts?: { Type?: string; Name?: string; Source?: string; Destination?: string; Mode?: string; RW?: boolean }[] | null;
  NetworkSettings?: {
    Networks?: Record<string, { Aliases?: string[] | null; IPAMConfig?: { IPv4Address?: string; IPv6Address?: string } | null } | null> | null;
  };
}

export interface ExportImage extends ImageConfigLike {
  ExposedPorts?: Record<string, unknown> | null;
  Healthcheck?: Healthcheck | null;
  StopSignal?: string;
}

export interface ExportVolume {
  Name: string;
  Driver?: string;
  Options?: Record<string, string> | null;
  Labels?: Record<string, string> | null;
}

export interface ExportNetwork {
  Name: string;
  Driver?: string;
  Labels?: Record<string, string> | null;
}

export interface ExportSource {
  containers: readonly ExportContainer[];
  /** By image id (the containers' `Image`). */
  images: Readonly<Record<string, ExportImage>>;
  /** By name: the named volumes the containers mount. */
  volumes: Readonly<Record<string, ExportVolume>>;
  /** By name: the networks the containers are on. */
  networks: Readonly<Record<string, ExportNetwork>>;
  /** The engine's dialect: the environment it adds by itself, its default network's name. Docker's if not given. */
  dialect?: EngineDialect;
}

export interface ExportWarning {
  code: 'links' | 'volumes-from' | 'network-mode' | 'scaled';
  container: string;
  message: string;
}

const COMPOSE_LABEL = /^com\.docker\.compose\./;
const PROJECT = 'com.docker.compose.project';
const SERVICE = 'com.docker.compose.service';
const NUMBER = 'com.docker.compose.container-number';
const ANONYMOUS_VOLUME = /^[0-9a-f]{64}$/;

const nameOf = (c: ExportContainer) => c.Name.replace(/^\//, '');
/** The service-name pattern compose accepts (and, for keys of volumes and networks, the same). */
const sanitise = (name: string) => name.replace(/[^a-zA-Z0-9._-]/g, '_') || 'service';
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Keys unique within one top-level section: the first taker keeps the name, later ones get a number. */
class Keys {
  private readonly taken = new Set<string>();
  constructor(reserved: readonly string[] = []) {
    for (const key of reserved) this.taken.add(key);
  }
  claim(wanted: string): string {
    let key = sanitise(wanted);
    for (let n = 2; this.taken.has(key); n++) key = `${sanitise(wanted)}_${n}`;
    this.taken.add(key);
    return key;
  }
}

/**
 * The compose file (YAML text) that recreates the containers, and what it cannot carry. Each container is a
 * service named after its compose service (else its own name); what the image already says is left out, so
 * the file reads like one a person wrote. Named volumes and networks keep their names (`name:`), so that the
 * new containers get the same data and the same networks. Every value is escaped for compose's interpolation.
 */
export function composeFileFrom(source: ExportSource, generatedAt = new Date()): { text: string; warnings: ExportWarning[] } {
  const warnings: ExportWarning[] = [];
  const dialect = source.dialect ?? dockerDialect;
  const defaultNetwork = dialect.networkName('bridge');
  const services: Record<string, Record<string, unknown>> = {};
  const volumes: Record<string, Record<string, unknown>> = {};
  const networks: Record<string, Record<string, unknown>> = {};
  const serviceKeys = new Keys();
  const volumeKeys = new Keys();
  // `default` is compose's own network of the project; a network of that name elsewhere gets another key.
  const networkKeys = new Keys(['default']);
  const volumeKeyOf = new Map<string, string>();
  const networkKeyOf = new Map<string, string>();

  // One service per compose service: a service scaled to several containers is exported once, from its first.
  const chosen = new Map<string, ExportContainer>();
  const byNumber = [...source.containers].sort((a, b) => Number(a.Config.Labels?.[NUMBER] ?? 0) - Number(b.Config.Labels?.[NUMBER] ?? 0));
  for (const container of byNumber) {
    const labels = container.Config.Labels ?? {};
    const identity = labels[SERVICE] ? `${labels[PROJECT] ?? ''}/${labels[SERVICE]}` : container.Id;
    const first = chosen.get(identity);
    if (first) {
      warnings.push({
        code: 'scaled',
        container: nameOf(container),
        message: `${nameOf(container)} is another container of the service ${labels[SERVICE]}; the file has the service once, as ${nameOf(first)} is.`,
      });
    } else chosen.set(identity, container);
  }
  const serviceOf = new Map<string, string>();
  for (const [identity, container] of chosen) serviceOf.set(identity, serviceKeys.claim(container.Config.Labels?.[SERVICE] ?? nameOf(container)));

  for (const [identity, container] of chosen) {
    const name = nameOf(container);
    const image = source.images[container.Image] ?? {};
    const spec = runSpecFromInspect(container, image, engineDefaults(dialect, container));
    const labels = container.Config.Labels ?? {};
    const project = labels[PROJECT];
    const host = container.HostConfig;
    const service: Record<string, unknown> = { image: spec.image };
    if (spec.entrypoint) service.entrypoint = spec.entrypoint;
    if (spec.cmd) service.command = spec.cmd;
    if (spec.env.length) service.environment = Object.fromEntries(spec.env.map(({ key, value }) => [key, value]));

    const ports = spec.ports.map(portText);
    if (ports.length) service.ports = ports;
    const published = new Set(spec.ports.map((port) => `${port.containerPort}/${port.protocol}`));
    const expose = Object.keys(container.Config.ExposedPorts ?? {}).filter((port) => !published.has(port) && !(port in (image.ExposedPorts ?? {})));
    if (expose.length) service.expose = expose;

    const mounts: string[] = [];
    for (const mount of container.Mounts ?? []) {
      const target = mount.Destination ?? '';
      const mode = mountMode(mount);
      if (mount.Type === 'bind') mounts.push(`${mount.Source}:${target}${mode}`);
      else if (mount.Type === 'volume' && mount.Name && !ANONYMOUS_VOLUME.test(mount.Name)) {
        mounts.push(`${volumeKey(mount.Name)}:${target}${mode}`);
      } else if (mount.Type === 'volume' && !(target in (image.Volumes ?? {}))) {
        // Anonymous: compose makes a new one (the image's own VOLUMEs it makes anyway).
        mounts.push(target);
      }
    }
    if (mounts.length) service.volumes = mounts;
    const tmpfs = [
      ...(container.Mounts ?? []).filter((m) => m.Type === 'tmpfs').map((m) => m.Destination ?? ''),
      ...Object.entries(host.Tmpfs ?? {}).map(([target, options]) => (options ? `${target}:${options}` : target)),
    ];
    if (tmpfs.length) service.tmpfs = tmpfs;

    const restart = restartOf(host.RestartPolicy);
    if (restart) service.restart = restart;
    const networkMode = host.NetworkMode ?? 'default';
    if (networkMode === 'host' || networkMode === 'none') service.network_mode = networkMode;
    else {
      const serviceNetworks = networksOf(container, project);
      if (serviceNetworks) service.networks = serviceNetworks;
    }

    const ownLabels = Object.fromEntries(Object.entries(spec.labels).filter(([key]) => !COMPOSE_LABEL.test(key)));
    if (Object.keys(ownLabels).length) service.labels = ownLabels;
    const dependsOn = dependsOnFromLabel(labels['com.docker.compose.depends_on'] ?? '')
      .map((dependency) => serviceOf.get(`${project ?? ''}/${dependency}`))
      .filter((dependency): dependency is string => Boolean(dependency));
    if (dependsOn.length) service.depends_on = dependsOn;

    if (spec.workingDir) service.working_dir = spec.workingDir;
    if (spec.user) service.user = spec.user;
    // The engine names a container's host after its short id unless told otherwise.
    if (container.Config.Hostname && container.Config.Hostname !== container.Id.slice(0, 12)) service.hostname = container.Config.Hostname;
    if (spec.tty) service.tty = true;
    if (spec.interactive) service.stdin_open = true;
    if (host.Init) service.init = true;
    if (host.Privileged) service.privileged = true;
    if (host.CapAdd?.length) service.cap_add = host.CapAdd;
    if (host.CapDrop?.length) service.cap_drop = host.CapDrop;
    if (host.ExtraHosts?.length) service.extra_hosts = host.ExtraHosts;
    if (host.Devices?.length) {
      service.devices = host.Devices.map((d) => [d.PathOnHost, d.PathInContainer, d.CgroupPermissions].filter(Boolean).join(':'));
    }
    if (container.Config.StopSignal && container.Config.StopSignal !== image.StopSignal) service.stop_signal = container.Config.StopSignal;
    if (container.Config.Healthcheck && !same(container.Config.Healthcheck, image.Healthcheck)) service.healthcheck = healthcheckOf(container.Config.Healthcheck);

    if (host.VolumesFrom?.length) {
      warnings.push({
        code: 'volumes-from',
        container: name,
        message: `${name} mounts the volumes of ${host.VolumesFrom.join(', ')}, which the file does not carry.`,
      });
    }
    if (host.Links?.length) {
      warnings.push({ code: 'links', container: name, message: `${name}'s links (${host.Links.join(', ')}) are left out: compose services reach each other by name.` });
    }
    services[serviceOf.get(identity) ?? name] = service;
  }

  /** The key of a named volume, declared top-level once with its real name. */
  function volumeKey(volumeName: string): string {
    const known = volumeKeyOf.get(volumeName);
    if (known) return known;
    const info = source.volumes[volumeName];
    const key = volumeKeys.claim(info?.Labels?.['com.docker.compose.volume'] ?? volumeName);
    volumeKeyOf.set(volumeName, key);
    const ownLabels = Object.fromEntries(Object.entries(info?.Labels ?? {}).filter(([label]) => !COMPOSE_LABEL.test(label)));
    volumes[key] = {
      name: volumeName,
      external: false,
      ...(info?.Driver && info.Driver !== 'local' ? { driver: info.Driver } : {}),
      ...(info?.Options && Object.keys(info.Options).length ? { driver_opts: info.Options } : {}),
      ...(Object.keys(ownLabels).length ? { labels: ownLabels } : {}),
    };
    return key;
  }

  /** The key of a network: compose's networks of the same project are the project's own, others are external. */
  function networkKey(networkName: string, project: string | undefined): string {
    const known = networkKeyOf.get(networkName);
    if (known) return known;
    const info = source.networks[networkName];
    const composeKey = info?.Labels?.['com.docker.compose.network'];
    const own = Boolean(composeKey) && info?.Labels?.[PROJECT] === project;
    const key = networkKeys.claim(composeKey ?? networkName);
    networkKeyOf.set(networkName, key);
    networks[key] = own
      ? { name: networkName, ...(info?.Driver && info.Driver !== 'bridge' ? { driver: info.Driver } : {}) }
      : { name: networkName, external: true };
    return key;
  }

  /** The service's `networks:`, or null when it is on the project's default network only. */
  function networksOf(container: ExportContainer, project: string | undefined): unknown {
    const mode = container.HostConfig.NetworkMode ?? 'default';
    const name = nameOf(container);
    if (mode.startsWith('container:')) {
      warnings.push({
        code: 'network-mode',
        container: name,
        message: `${name} shares the network of another container (${mode}), which the file does not carry; it joins the project's network instead.`,
      });
      return null;
    }
    const entries: [string, Record<string, unknown> | null][] = [];
    const ignoredAliases = new Set([name, container.Id.slice(0, 12), container.Config.Labels?.[SERVICE] ?? '']);
    for (const [networkName, attached] of Object.entries(container.NetworkSettings?.Networks ?? {})) {
      // The default bridge cannot be named in a file: there the service joins the project's own network.
      if (networkName === defaultNetwork) continue;
      const info = source.networks[networkName];
      const isProjectDefault = info?.Labels?.['com.docker.compose.network'] === 'default' && info.Labels[PROJECT] === project;
      const key = isProjectDefault ? 'default' : networkKey(networkName, project);
      const aliases = (attached?.Aliases ?? []).filter((alias) => !ignoredAliases.has(alias));
      const settings: Record<string, unknown> = {
        ...(aliases.length ? { aliases } : {}),
        ...(attached?.IPAMConfig?.IPv4Address ? { ipv4_address: attached.IPAMConfig.IPv4Address } : {}),
        ...(attached?.IPAMConfig?.IPv6Address ? { ipv6_address: attached.IPAMConfig.IPv6Address } : {}),
      };
      entries.push([key, Object.keys(settings).length ? settings : null]);
    }
    if (entries.length === 0 || (entries.length === 1 && entries[0]?.[0] === 'default' && !entries[0][1])) return null;
    return entries.some(([, settings]) => settings) ? Object.fromEntries(entries) : entries.map(([key]) => key);
  }

  const doc = new Document(escapeDollars({ services, ...(Object.keys(volumes).length ? { volumes } : {}), ...(Object.keys(networks).length ? { networks } : {}) }), {
    // Compose v1 reads YAML 1.1: strings that 1.1 would take for numbers or booleans ("22:22", "no") are quoted.
    version: '1.1',
  });
  doc.commentBefore = ` Made by Berth from the settings of ${source.containers.length === 1 ? 'one container' : `${source.containers.length} containers`} (docker inspect), ${generatedAt.toISOString()}.`;
  return { text: doc.toString({ lineWidth: 0 }), warnings };
}

function portText(port: PortSpec): string {
  const hostIp = port.hostIp.includes(':') ? `[${port.hostIp}]` : port.hostIp;
  const target = `${port.containerPort}/${port.protocol}`;
  if (port.hostPort === null) return hostIp ? `${hostIp}::${target}` : target;
  return hostIp ? `${hostIp}:${port.hostPort}:${target}` : `${port.hostPort}:${target}`;
}

/** ":ro" for a read-only mount, with an SELinux relabel flag (z, Z) kept. */
function mountMode(mount: { Mode?: string; RW?: boolean }): string {
  const flags = [...(mount.RW === false ? ['ro'] : []), ...(mount.Mode ?? '').split(',').filter((flag) => flag === 'z' || flag === 'Z')];
  return flags.length ? `:${flags.join(',')}` : '';
}

function restartOf(policy: { Name?: string; MaximumRetryCount?: number } | undefined): string | null {
  switch (policy?.Name) {
    case 'always':
    case 'unless-stopped':
      return policy.Name;
    case 'on-failure':
      return policy.MaximumRetryCount ? `on-failure:${policy.MaximumRetryCount}` : 'on-failure';
    default:
      return null;
  }
}

/** The engine's nanoseconds as compose durations. */
function healthcheckOf(check: Healthcheck): Record<string, unknown> {
  if (check.Test?.[0] === 'NONE') return { disable: true };
  const duration = (ns: number | undefined) => (ns ? `${Math.round(ns / 1e6)}ms` : undefined);
  const fields = { test: check.Test ?? undefined, interval: duration(check.Interval), timeout: duration(check.Timeout), start_period: duration(check.StartPeriod), retries: check.Retries || undefined };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** Compose interpolates `$` in every value: a literal one is written `$$`. */
function escapeDollars<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\$/g, () => '$$') as T;
  if (Array.isArray(value)) return value.map(escapeDollars) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, escapeDollars(inner)])) as T;
  return value;
}
