import type { TFunction } from 'i18next';
import type { Endpoint, EndpointSource } from '../../../../shared/contract/engine';
import type { ProviderStatusValue } from '../../../../shared/contract/engine';

/** How the engine in use was found, as a short label (the endpoint's `detail` says the rest); `t` of the engine namespace. */
export function sourceLabel(source: EndpointSource, t: TFunction): string {
  switch (source) {
    case 'setting':
      return t('source.setting');
    case 'DOCKER_HOST':
      return 'DOCKER_HOST'; // the environment variable's name
    case 'context':
      return 'docker context'; // the docker CLI's name for it
    case 'default-socket':
      return t('source.defaultSocket');
    case 'podman-socket':
      return t('source.podmanSocket');
    case 'managed':
      return t('source.managed');
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

/** An address kind's name (`t` of the engine namespace). */
export function addressKindLabel(kind: AddressKind, t: TFunction): string {
  return t(`addressKind.${kind}`);
}

/** What kind of engine Berth runs itself here (`t` of the engine namespace). */
export function providerKindLabel(kind: ProviderStatusValue['kind'], t: TFunction): string {
  return t(`provider.kind.${kind}`);
}

/** The state of Berth's engine, as its chip says it (`t` of the engine namespace). */
export function providerStateLabel(status: Pick<ProviderStatusValue, 'state' | 'unavailable'>, t: TFunction): string {
  return status.unavailable ? t('provider.state.unavailable') : t(`provider.state.${status.state}`);
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
