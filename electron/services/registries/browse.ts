import type { RegistryManifest, RegistrySearchResult } from '../../../shared/contract/registries.js';
import { BerthError } from '../../../shared/contract/errors.js';
import type { RegistryCredential } from './credentials.js';
import type { RegistryLogins } from './logins.js';
import {
  MANIFEST_ACCEPT,
  isAttestation,
  manifestDigest,
  newest,
  parseManifest,
  platformName,
  summariseImage,
  type ImageConfig,
  type ParsedManifest,
} from './manifests.js';
import { RegistryClient, nextPageOf } from './registry-client.js';

/** The platforms of a multi-platform tag that are read in full (each costs two requests). */
const MAX_PLATFORMS = 16;
/** Catalog search reads at most this many pages of 1,000. */
const SEARCH_PAGES = 20;
/** A config blob larger than this is not an image config worth reading. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** Docker Hub's official images live under library/: `busybox` is `library/busybox` there. */
export function repositoryPath(registry: string, repository: string): string {
  return registry === 'docker.io' && !repository.includes('/') ? `library/${repository}` : repository;
}

function pageQuery(n: number, last: string | undefined): string {
  return `?n=${n}${last ? `&last=${encodeURIComponent(last)}` : ''}`;
}

/**
 * Browsing a registry through its v2 API with the login Berth has for it (RegistryLogins.lookup: this run's,
 * the encrypted store's, or docker's), or anonymously when there is none. A client per registry is kept so
 * that Bearer tokens are reused; a changed login makes a new one.
 */
export class RegistryBrowser {
  private readonly clients = new Map<string, { client: RegistryClient; login: RegistryCredential | null; insecure: boolean }>();
  /** Lookups under way: a page of tags asks for a manifest per row at once, and they share one helper call. */
  private readonly lookups = new Map<string, Promise<RegistryCredential | null>>();

  constructor(private readonly logins: RegistryLogins) {}

  /** Forgets what was learnt about a registry's login (after login or logout). */
  forget(registry: string): void {
    this.clients.delete(registry);
    this.lookups.delete(registry);
  }

  async repositories(registry: string, n: number, last?: string): Promise<{ registry: string; repositories: string[]; next: string | null }> {
    if (registry === 'docker.io') {
      throw new BerthError('INVALID_INPUT', 'Docker Hub does not list its repositories: search it, or open a repository by name.');
    }
    const client = await this.client(registry);
    const what = 'list its repositories';
    const response = await client.request(`/v2/_catalog${pageQuery(n, last)}`, { scope: 'registry:catalog:*' });
    if (response.status === 404 || response.status === 405) {
      throw new BerthError('NOT_FOUND', `${registry} does not list its repositories (it has no catalog): open a repository by name.`, { registry });
    }
    if (response.status !== 200) throw client.failure(response, what);
    const body = parseJson<{ repositories?: string[] | null }>(response.body, registry, what);
    return { registry, repositories: body.repositories ?? [], next: nextPageOf(response.headers.get('link')) };
  }

  async tags(
    registry: string,
    repository: string,
    n: number,
    last?: string,
  ): Promise<{ registry: string; repository: string; tags: string[]; next: string | null }> {
    const client = await this.client(registry);
    const name = repositoryPath(registry, repository);
    const { body, response } = await client.getJson<{ tags?: string[] | null }>(`/v2/${name}/tags/list${pageQuery(n, last)}`, `list the tags of ${repository}`, {
      scope: `repository:${name}:pull`,
    });
    return { registry, repository, tags: body.tags ?? [], next: nextPageOf(response.headers.get('link')) };
  }

  async manifest(registry: string, repository: string, reference: string): Promise<RegistryManifest> {
    const client = await this.client(registry);
    const name = repositoryPath(registry, repository);
    const top = await this.readManifest(client, name, reference, `${repository}${reference.includes(':') ? '@' : ':'}${reference}`);
    const base = { registry, repository, reference, digest: top.digest, mediaType: top.manifest.mediaType };
    if (top.manifest.kind === 'image') {
      const image = summariseImage(top.digest, top.manifest, await this.readConfig(client, name, top.manifest));
      return { ...base, kind: 'image', sizeBytes: image.sizeBytes, created: image.created, platforms: [platformName(image)], images: [image] };
    }
    const entries = top.manifest.manifests.filter((entry) => !isAttestation(entry)).slice(0, MAX_PLATFORMS);
    const images = await Promise.all(
      entries.map(async (entry) => {
        const child = await this.readManifest(client, name, entry.digest, `${repository}@${entry.digest}`);
        if (child.manifest.kind !== 'image') return null; // an index inside an index: not an image to describe
        return summariseImage(child.digest, child.manifest, await this.readConfig(client, name, child.manifest), entry.platform);
      }),
    );
    const found = images.filter((image) => image !== null);
    return {
      ...base,
      kind: 'index',
      sizeBytes: found.reduce((sum, image) => sum + image.sizeBytes, 0),
      created: newest(found.map((image) => image.created)),
      platforms: found.map(platformName),
      images: found,
    };
  }

  /**
   * Deletes the manifest a tag points at. Registries delete by digest only, so every tag on that digest goes
   * too; `expected` refuses when the tag has moved since the user saw it.
   */
  async deleteTag(registry: string, repository: string, tag: string, expected?: string): Promise<{ ok: true; digest: string }> {
    const client = await this.client(registry);
    const name = repositoryPath(registry, repository);
    const scope = `repository:${name}:pull,delete`;
    const what = `delete ${repository}:${tag}`;
    const head = await client.request(`/v2/${name}/manifests/${tag}`, { method: 'HEAD', headers: { accept: MANIFEST_ACCEPT }, scope });
    let digest = head.headers.get('docker-content-digest');
    if (head.status === 404) throw new BerthError('NOT_FOUND', `${repository}:${tag} is not on ${registry} (any more): nothing was deleted.`, { registry });
    if (head.status !== 200) throw client.failure(head, what);
    if (!digest) {
      const full = await client.request(`/v2/${name}/manifests/${tag}`, { headers: { accept: MANIFEST_ACCEPT }, scope });
      if (full.status !== 200) throw client.failure(full, what);
      digest = manifestDigest(full.body, null);
    }
    if (expected && expected !== digest) {
      throw new BerthError('CONFLICT', `${repository}:${tag} now points at ${digest}, not ${expected}: reload the tags and try again.`, { registry, digest });
    }
    const response = await client.request(`/v2/${name}/manifests/${digest}`, { method: 'DELETE', scope });
    if (response.status === 405) {
      throw new BerthError(
        'FORBIDDEN',
        `${registry} does not allow deleting images (its storage.delete setting is off, or it is read-only): ${repository}:${tag} was not deleted.`,
        { registry },
      );
    }
    if (response.status !== 202 && response.status !== 200) throw client.failure(response, what);
    return { ok: true, digest };
  }

  /**
   * `docker search` on a registry other than Docker Hub: its catalog, every page up to SEARCH_PAGES, filtered by
   * the term (case-insensitive). Exact names first, then names whose last part starts with the term, then the rest.
   */
  async searchCatalog(registry: string, term: string, limit: number): Promise<{ results: RegistrySearchResult[]; truncated: boolean }> {
    const needle = term.toLowerCase();
    const matches: string[] = [];
    let last: string | undefined;
    let exhausted = false;
    for (let page = 0; page < SEARCH_PAGES; page++) {
      const { repositories, next } = await this.repositories(registry, 1000, last);
      matches.push(...repositories.filter((name) => name.toLowerCase().includes(needle)));
      if (!next) {
        exhausted = true;
        break;
      }
      last = next;
    }
    const rank = (name: string) => {
      const lower = name.toLowerCase();
      const tail = lower.slice(lower.lastIndexOf('/') + 1);
      return lower === needle || tail === needle ? 0 : tail.startsWith(needle) ? 1 : 2;
    };
    matches.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    return {
      results: matches.slice(0, limit).map((name) => ({ name, reference: `${registry}/${name}`, description: null, stars: null, official: false })),
      truncated: matches.length > limit || !exhausted,
    };
  }

  private async readManifest(
    client: RegistryClient,
    name: string,
    reference: string,
    label: string,
  ): Promise<{ digest: string; manifest: ParsedManifest }> {
    const response = await client.request(`/v2/${name}/manifests/${reference}`, { headers: { accept: MANIFEST_ACCEPT }, scope: `repository:${name}:pull` });
    if (response.status !== 200) throw client.failure(response, `read ${label}`);
    const manifest = parseManifest(response.body, response.headers.get('content-type'));
    return { digest: manifestDigest(response.body, response.headers.get('docker-content-digest')), manifest };
  }

  /** The image config blob, or null when it is not one Berth can read (an artifact, or too large). */
  private async readConfig(client: RegistryClient, name: string, manifest: Extract<ParsedManifest, { kind: 'image' }>): Promise<ImageConfig | null> {
    if (manifest.config.size > MAX_CONFIG_BYTES) return null;
    const response = await client.request(`/v2/${name}/blobs/${manifest.config.digest}`, { scope: `repository:${name}:pull` });
    if (response.status !== 200) throw client.failure(response, `read the configuration of ${name}`);
    try {
      return JSON.parse(Buffer.from(response.body).toString('utf8')) as ImageConfig;
    } catch {
      return null;
    }
  }

  private async client(registry: string): Promise<RegistryClient> {
    const login = await this.login(registry);
    const insecure = this.logins.isInsecure(registry);
    const known = this.clients.get(registry);
    if (known && known.insecure === insecure && sameLogin(known.login, login)) return known.client;
    const client = new RegistryClient(registry, login ? { username: login.username, secret: login.secret } : null, { insecure });
    this.clients.set(registry, { client, login, insecure });
    return client;
  }

  /**
   * The login for a registry, looked up afresh for each request (a `docker login` in a terminal counts at
   * once); requests made together share one lookup.
   */
  private login(registry: string): Promise<RegistryCredential | null> {
    const pending = this.lookups.get(registry);
    if (pending) return pending;
    const login = this.logins.lookup(registry).finally(() => {
      if (this.lookups.get(registry) === login) this.lookups.delete(registry);
    });
    this.lookups.set(registry, login);
    return login;
  }
}

function sameLogin(a: RegistryCredential | null, b: RegistryCredential | null): boolean {
  return a === b || (a !== null && b !== null && a.username === b.username && a.secret === b.secret);
}

function parseJson<T>(body: ArrayBuffer, registry: string, what: string): T {
  try {
    return JSON.parse(Buffer.from(body).toString('utf8')) as T;
  } catch {
    throw new BerthError('INTERNAL', `${registry} answered with something that is not JSON: could not ${what}.`);
  }
}
