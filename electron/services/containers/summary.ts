import type Docker from 'dockerode';
import type { ContainerSummary, PortBinding } from '../../../shared/contract/containers.js';
import { containerState } from '../../engine/dialect.js';

/** One row of GET /containers/json as the contract shapes it. */
export function toContainerSummary(raw: Docker.ContainerInfo): ContainerSummary {
  const labels = raw.Labels ?? {};
  const state = containerState(raw.State);
  return {
    id: raw.Id,
    name: (raw.Names?.[0] ?? raw.Id.slice(0, 12)).replace(/^\//, ''),
    image: raw.Image,
    imageId: raw.ImageID,
    command: raw.Command,
    created: raw.Created,
    state,
    status: raw.Status,
    exitCode: exitCodeOf(raw.Status),
    ports: dedupePorts(raw.Ports ?? []),
    labels,
    composeProject: labels['com.docker.compose.project'] ?? null,
    composeService: labels['com.docker.compose.service'] ?? null,
    mounts: (raw.Mounts ?? []).map((mount) => ({
      type: mount.Type,
      name: mount.Name ?? null,
      source: mount.Source,
      destination: mount.Destination,
    })),
  };
}

/** "Exited (137) 5 minutes ago" → 137. */
export function exitCodeOf(status: string): number | null {
  const match = /^Exited \((-?\d+)\)/.exec(status);
  return match ? Number(match[1]) : null;
}

/** The engine lists a port published on both 0.0.0.0 and :: twice; people want it once. */
function dedupePorts(ports: Docker.Port[]): PortBinding[] {
  const seen = new Map<string, PortBinding>();
  for (const port of ports) {
    const type = (port.Type === 'udp' || port.Type === 'sctp' ? port.Type : 'tcp') as PortBinding['type'];
    const ip = port.IP === '::' ? '0.0.0.0' : (port.IP ?? null);
    const binding: PortBinding = { ip: ip || null, privatePort: port.PrivatePort, publicPort: port.PublicPort ?? null, type };
    const key = `${binding.ip}|${binding.privatePort}|${binding.publicPort}|${type}`;
    if (!seen.has(key)) seen.set(key, binding);
  }
  return [...seen.values()].sort((a, b) => a.privatePort - b.privatePort);
}
