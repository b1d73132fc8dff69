import type Docker from 'dockerode';
import type { RunSpec } from '../../../shared/run-spec.js';

/** A run spec as the engine's POST /containers/create body. */
export function createOptionsFor(spec: RunSpec): Docker.ContainerCreateOptions {
  const exposed: Record<string, object> = {};
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const port of spec.ports) {
    const key = `${port.containerPort}/${port.protocol}`;
    exposed[key] = {};
    (bindings[key] ??= []).push({ HostIp: port.hostIp, HostPort: port.hostPort === null ? '' : String(port.hostPort) });
  }
  const binds: string[] = [];
  const anonymous: Record<string, object> = {};
  for (const mount of spec.mounts) {
    if (mount.source) binds.push(`${mount.source}:${mount.target}${mount.readOnly ? ':ro' : ''}`);
    else anonymous[mount.target] = {};
  }
  const options: Docker.ContainerCreateOptions = {
    Image: spec.image,
    Env: spec.env.map(({ key, value }) => `${key}=${value}`),
    Labels: spec.labels,
    Tty: spec.tty,
    OpenStdin: spec.interactive,
    AttachStdin: spec.interactive,
    AttachStdout: spec.interactive,
    AttachStderr: spec.interactive,
    ExposedPorts: exposed,
    Volumes: anonymous,
    HostConfig: {
      PortBindings: bindings,
      Binds: binds,
      RestartPolicy: { Name: spec.restart === 'no' ? '' : spec.restart },
      AutoRemove: spec.autoRemove,
      ...(spec.network ? { NetworkMode: spec.network } : {}),
    },
  };
  if (spec.name) options.name = spec.name;
  if (spec.cmd) options.Cmd = spec.cmd;
  if (spec.entrypoint) options.Entrypoint = spec.entrypoint;
  if (spec.workingDir) options.WorkingDir = spec.workingDir;
  if (spec.user) options.User = spec.user;
  return options;
}

/**
 * The engine words a taken host port in several ways ("port is already allocated", "address already in use");
 * returns the host address it names, or null when the failure is something else.
 */
export function takenPortIn(message: string): string | null {
  const match =
    /Bind for ([^\s]+) failed: port is already allocated/.exec(message) ??
    /listen (?:tcp|udp)[46]? ([^\s:]+:\d+|\[[^\]]+\]:\d+): bind: address already in use/.exec(message);
  return match?.[1] ?? null;
}
