import { BerthError } from '../../../../shared/contract/errors';
import type { RegistryEntry } from '../../../../shared/contract/registries';
import type { ErrorWording } from '../../api/errors';
import type { TFunction } from 'i18next';
import { formatLocale } from '../../lib/locale';

/** The host Docker Hub is known by in Berth's operations. */
export const DOCKER_HUB = 'docker.io';

/** What the page calls a registry: "Docker Hub", or its host[:port]. */
export function registryLabel(registry: string): string {
  return registry === DOCKER_HUB ? 'Docker Hub' : registry;
}

/** As main decides it: loopback registries are spoken to over plain HTTP without asking. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '')
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** The registry as the login operation reads it (scheme and trailing slashes dropped), for comparing and display. */
export function normaliseRegistry(input: string): string {
  return input.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '') || DOCKER_HUB;
}

/** Where a login is kept, in words (`t` of the registries namespace); `warning` marks the one place that is not safe (plain text on disk). */
export function storedInWords(t: TFunction, storedIn: RegistryEntry['storedIn']): { label: string; hint: string; warning?: boolean } | null {
  switch (storedIn) {
    case 'helper':
      return { label: t('registries:storedIn.helper.label'), hint: t('registries:storedIn.helper.hint') };
    case 'encrypted':
      return { label: t('registries:storedIn.encrypted.label'), hint: t('registries:storedIn.encrypted.hint') };
    case 'session':
      return { label: t('registries:storedIn.session.label'), hint: t('registries:storedIn.session.hint') };
    case 'config-file':
      return { label: t('registries:storedIn.configFile.label'), hint: t('registries:storedIn.configFile.hint'), warning: true };
    default:
      return null;
  }
}

/** The registry an UNAUTHORIZED error names (main puts it in `details.registry`), to offer signing in there. */
export function unauthorizedRegistry(error: unknown): string | null {
  if (!(error instanceof BerthError) || error.code !== 'UNAUTHORIZED') return null;
  const registry = (error.details as { registry?: unknown } | undefined)?.registry;
  return typeof registry === 'string' && registry ? registry : null;
}

/** A registry operation's failure in words: one sentence by code, then main's own message (which names the registry). */
export function registryErrorWording(t: TFunction): ErrorWording {
  return {
    meanings: {
      UNAUTHORIZED: t('registries:errorMeanings.UNAUTHORIZED'),
      FORBIDDEN: t('registries:errorMeanings.FORBIDDEN'),
      NOT_FOUND: t('registries:errorMeanings.NOT_FOUND'),
      UNREACHABLE: t('registries:errorMeanings.UNREACHABLE'),
      INVALID_INPUT: t('registries:errorMeanings.INVALID_INPUT'),
      CONFLICT: t('registries:errorMeanings.CONFLICT'),
      CANCELLED: t('registries:errorMeanings.CANCELLED'),
    },
  };
}

/** What `docker pull` takes for a tag seen in a registry: `busybox:1` on Docker Hub (library/ dropped), `host/repo:tag` elsewhere. */
export function pullReference(registry: string, repository: string, tag: string): string {
  if (registry === DOCKER_HUB) return `${repository.replace(/^library\//, '')}:${tag}`;
  return `${registry}/${repository}:${tag}`;
}

/** `sha256:0123456789ab`: enough to tell digests apart on screen. */
export function shortDigest(digest: string): string {
  const [algorithm, hex] = digest.split(':');
  return hex ? `${algorithm}:${hex.slice(0, 12)}` : digest;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Tags in the order people look for them: `latest` first, then newest-looking versions first (numeric-aware). */
export function compareTags(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'latest') return -1;
  if (b === 'latest') return 1;
  return collator.compare(b, a);
}

/** "12 Mar 2024, 14:05" in the UI language's locale, or a dash when the image says nothing. */
export function formatCreated(iso: string | null): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '—' : new Date(time).toLocaleString(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** Queries of the registry browsing operations for one registry: [op, {registry, …}]. */
export function isBrowseQuery(queryKey: readonly unknown[], registry: string): boolean {
  const [op, input] = queryKey;
  return (
    typeof op === 'string' &&
    op.startsWith('registries.') &&
    op !== 'registries.list' &&
    (input as { registry?: unknown } | undefined)?.registry === registry
  );
}
