import type { Endpoint, EndpointSource } from '../../../../shared/contract/engine';
import type { ProviderStatusValue } from '../../../../shared/contract/engine';

/** How the engine in use was found, as a short label (the endpoint's `detail` says the rest). */
export function sourceLabel(source: EndpointSource): string {
  switch (source) {
    case 'setting':
      return 'Chosen in Berth';
    case 'DOCKER_HOST':
      return 'DOCKER_HOST';
    case 'context':
      return 'docker context';
    case 'default-socket':
      return 'Default socket';
    case 'podman-socket':
      return 'Podman socket';
    case 'managed':
      return 'Berth’s engine';
  }
}

/** An engine given at launch (--engine): it wins over the choice made on the Engine page. */
export function isLaunchOverride(endpoint: Endpoint | null | undefined): boolean {
  return endpoint?.source === 'setting' && !endpoint.engineId;
}

export type AddressKind = 'socket' | 'pipe' | 'tcp' | 'tls' | 'ssh' | 'other';

export function addressKind(url: string, tls = false): AddressKind {
  if (url.startsWith('unix://')) return 'socket';
  if (url.startsWith('npipe://')) return 'pipe';
  if (url.startsWith('ssh://')) return 'ssh';
  if (url.startsWith('https://') || (url.startsWith('tcp://') && tls)) return 'tls';
  if (url.startsWith('tcp://') || url.startsWith('http://')) return 'tcp';
  return 'other';
}

export const addressKindLabel: Record<AddressKind, string> = {
  socket: 'Socket',
  pipe: 'Named pipe',
  tcp: 'TCP',
  tls: 'TCP + TLS',
  ssh: 'SSH',
  other: 'Other',
};

export function providerKindLabel(kind: ProviderStatusValue['kind']): string {
  switch (kind) {
    case 'dockerd':
      return 'dockerd on this machine';
    case 'lima':
      return 'Lima virtual machine';
    case 'wsl2':
      return 'WSL2 distribution';
  }
}

export function providerStateLabel(status: Pick<ProviderStatusValue, 'state' | 'unavailable'>): string {
  if (status.unavailable) return 'Not available here';
  switch (status.state) {
    case 'stopped':
      return 'Stopped';
    case 'starting':
      return 'Starting…';
    case 'running':
      return 'Running';
    case 'stopping':
      return 'Stopping…';
    case 'error':
      return 'Failed';
  }
}

/** What can be done with Berth's engine in this state. */
export function providerActions(status: Pick<ProviderStatusValue, 'state' | 'unavailable'>): { start: boolean; stop: boolean; restart: boolean } {
  if (status.unavailable) return { start: false, stop: false, restart: false };
  const busy = status.state === 'starting' || status.state === 'stopping';
  return {
    start: !busy && status.state !== 'running',
    stop: status.state === 'running' || status.state === 'starting',
    restart: status.state === 'running' || status.state === 'error',
  };
}
