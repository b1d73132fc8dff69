import { BerthError } from '../../../shared/contract/errors.js';

/** Who to present to a registry: a user and password/token, or nobody (anonymous pulls). */
export interface RegistryLogin {
  username: string;
  secret: string;
}

export interface RegistryResponse {
  status: number;
  headers: Headers;
  body: ArrayBuffer;
  /** A 401 that refused the user name and password themselves (not just this resource for that user). */
  credentialsRefused?: boolean;
}

/** Only loopback registries, and those the user marked insecure, may be spoken to over plain HTTP. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

interface Challenge {
  scheme: 'basic' | 'bearer';
  params: Record<string, string>;
}

/** `Bearer realm="https://auth/token",service="registry",scope="repository:a/b:pull"` → its parts. */
export function parseChallenge(header: string | null): Challenge | null {
  if (!header) return null;
  const match = /^\s*(\w+)\s*(.*)$/.exec(header);
  if (!match) return null;
  const scheme = match[1]!.toLowerCase();
  if (scheme !== 'basic' && scheme !== 'bearer') return null;
  const params: Record<string, string> = {};
  for (const part of (match[2] ?? '').matchAll(/(\w+)="([^"]*)"|(\w+)=([^,\s]*)/g)) {
    params[(part[1] ?? part[3])!.toLowerCase()] = part[2] ?? part[4] ?? '';
  }
  return { scheme, params };
}

/** A request to the registry's API. */
export interface RegistryRequest {
  method?: string;
  headers?: Record<string, string>;
  /**
   * The Bearer token scope this request needs (`repository:team/web:pull`, `registry:catalog:*`); without it,
   * the scope the registry's challenge names.
   */
  scope?: string;
}

/**
 * A Docker Registry HTTP API v2 client that does the authentication dance itself: a request is tried as is,
 * and on 401 the WWW-Authenticate challenge decides — Basic (send the login) or Bearer (get a token from the
 * realm for the service and scope, with the login when there is one, then retry). What it learns is kept for
 * the next request: a Basic registry gets the login at once, and Bearer tokens are reused per scope until the
 * registry refuses one (expired), when a new one is fetched.
 */
export class RegistryClient {
  private base: string;
  private readonly loopback: boolean;
  private scheme: 'basic' | 'bearer' | null = null;
  /** Bearer tokens by scope ('' for a request without one). */
  private readonly tokens = new Map<string, string>();

  constructor(
    readonly registry: string,
    private readonly login: RegistryLogin | null,
    options: { insecure?: boolean } = {},
  ) {
    this.loopback = isLoopbackRegistry(registry);
    const plain = options.insecure || this.loopback;
    this.base = `${plain ? 'http' : 'https'}://${registryEndpoint(registry)}`;
  }

  /** The user this client presents, or null for anonymous requests. */
  get username(): string | null {
    return this.login?.username ?? null;
  }

  async request(path: string, init: RegistryRequest = {}): Promise<RegistryResponse> {
    const key = init.scope ?? '';
    const known = this.knownAuthorization(key);
    let response = await this.send(path, init, known);
    if (response.status !== 401) return response;
    const challenge = parseChallenge(response.headers.get('www-authenticate'));
    if (!challenge) return response;
    if (challenge.scheme === 'basic') {
      this.scheme = 'basic';
      if (this.login && !known?.startsWith('Basic ')) response = await this.send(path, init, `Basic ${basic(this.login)}`);
      // Basic has no per-resource answer: a 401 to a login means the login is wrong.
      if (response.status === 401 && this.login) response.credentialsRefused = true;
      return response;
    }
    this.scheme = 'bearer';
    const token = await this.token(challenge.params, init.scope);
    if (token === null) return { ...response, credentialsRefused: this.login !== null };
    this.tokens.set(key, token);
    return this.send(path, init, `Bearer ${token}`);
  }

  /** GET a JSON document; a failure becomes the BerthError that says what went wrong, `what` naming the attempt. */
  async getJson<T>(path: string, what: string, init: RegistryRequest = {}): Promise<{ body: T; response: RegistryResponse }> {
    const response = await this.request(path, init);
    if (response.status !== 200) throw this.failure(response, what);
    try {
      return { body: JSON.parse(Buffer.from(response.body).toString('utf8')) as T, response };
    } catch {
      throw new BerthError('INTERNAL', `${this.registry} answered ${what} with something that is not JSON.`);
    }
  }

  /** Checks the login against GET /v2/; throws UNAUTHORIZED when the registry refuses it. */
  async verifyLogin(): Promise<void> {
    const response = await this.request('/v2/');
    if (response.status === 200) return;
    if (response.status === 401) {
      throw new BerthError('UNAUTHORIZED', `${this.registry} refused the user name or password.`, { registry: this.registry });
    }
    throw new BerthError('INTERNAL', `${this.registry} answered GET /v2/ with HTTP ${response.status}: is it a Docker registry?`);
  }

  /**
   * A registry's refusal in words, by status and the registry's own error codes (distribution's
   * `{"errors":[{"code","message"}]}`); `what` says what was tried ("list the repositories").
   */
  failure(response: RegistryResponse, what: string): BerthError {
    const { code, message } = registryErrorOf(response);
    const said = message ? ` (${message})` : '';
    const registry = this.registry;
    switch (response.status) {
      case 401:
        if (!this.login) return new BerthError('UNAUTHORIZED', `${registry} needs you to sign in to ${what}.`, { registry });
        if (response.credentialsRefused) {
          return new BerthError('UNAUTHORIZED', `${registry} refused the user name or password stored for ${this.login.username}: sign in again to ${what}.`, {
            registry,
          });
        }
        return new BerthError('UNAUTHORIZED', `${registry} refused ${this.login.username} access to ${what}${said}: sign in as a user that may.`, { registry });
      case 403:
        return new BerthError('FORBIDDEN', `${registry} does not allow ${this.login ? this.login.username : 'anonymous users'} to ${what}${said}.`, { registry });
      case 404:
        if (code === 'NAME_UNKNOWN') return new BerthError('NOT_FOUND', `${registry} has no such repository: could not ${what}.`, { registry });
        if (code === 'MANIFEST_UNKNOWN') return new BerthError('NOT_FOUND', `${registry} has no such tag or digest: could not ${what}.`, { registry });
        return new BerthError('NOT_FOUND', `${registry} could not find it: could not ${what}${said}.`, { registry });
      case 405:
        return new BerthError('FORBIDDEN', `${registry} does not allow this: could not ${what}${said}.`, { registry });
      case 429:
        return new BerthError('FORBIDDEN', `${registry} asks to slow down (too many requests): could not ${what}. Try again later.`, { registry });
      case 502:
      case 503:
      case 504:
        return new BerthError('UNREACHABLE', `${registry} is unavailable right now (HTTP ${response.status}): could not ${what}.`, { registry });
      default:
        return new BerthError('INTERNAL', `${registry} answered HTTP ${response.status}: could not ${what}${said}.`, { registry, status: response.status });
    }
  }

  private knownAuthorization(scopeKey: string): string | undefined {
    if (this.scheme === 'basic' && this.login) return `Basic ${basic(this.login)}`;
    const token = this.scheme === 'bearer' ? this.tokens.get(scopeKey) : undefined;
    return token ? `Bearer ${token}` : undefined;
  }

  /** A Bearer token from the challenge's realm, or null when the token service refused the login (or its absence). */
  private async token(params: Record<string, string>, scope: string | undefined): Promise<string | null> {
    if (!params.realm) throw new BerthError('INTERNAL', `${this.registry} asked for a token without saying where to get one.`);
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set('service', params.service);
    const wanted = scope ?? params.scope;
    if (wanted) url.searchParams.set('scope', wanted);
    const headers: Record<string, string> = this.login ? { authorization: `Basic ${basic(this.login)}` } : {};
    const response = await this.fetch(url.href, { headers });
    if (response.status === 401 || response.status === 403) return null;
    if (response.status !== 200) throw new BerthError('INTERNAL', `The token service of ${this.registry} answered HTTP ${response.status}.`);
    const body = JSON.parse(Buffer.from(response.body).toString('utf8')) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new BerthError('INTERNAL', `The token service of ${this.registry} gave no token.`);
    return token;
  }

  private async send(path: string, init: RegistryRequest, authorization: string | undefined): Promise<RegistryResponse> {
    const request = {
      method: init.method ?? 'GET',
      headers: { ...(init.headers ?? {}), ...(authorization ? { authorization } : {}) },
    };
    const response = await this.fetch(`${this.base}${path}`, request);
    // A loopback registry is tried over plain HTTP first, as docker does; one that speaks TLS says so (Go's
    // "Client sent an HTTP request to an HTTPS server"), and is spoken to over HTTPS from then on.
    if (response.status === 400 && this.loopback && this.base.startsWith('http:') && /HTTP request to an HTTPS server/i.test(Buffer.from(response.body).toString('utf8'))) {
      this.base = this.base.replace(/^http:/, 'https:');
      return this.fetch(`${this.base}${path}`, request);
    }
    return response;
  }

  private async fetch(url: string, init: { method?: string; headers?: Record<string, string> }): Promise<RegistryResponse> {
    let response: Response;
    try {
      response = await fetch(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw networkError(this.registry, url, error);
    }
    return { status: response.status, headers: response.headers, body: await response.arrayBuffer() };
  }
}

/** Docker Hub's API lives on registry-1.docker.io; every other registry on its own host. */
function registryEndpoint(registry: string): string {
  return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}

/** The first of distribution's `{"errors":[{"code","message"}]}`, when the body has one. */
export function registryErrorOf(response: RegistryResponse): { code: string | null; message: string | null } {
  try {
    const body = JSON.parse(Buffer.from(response.body).toString('utf8')) as { errors?: { code?: unknown; message?: unknown }[] };
    const first = body.errors?.[0];
    return {
      code: typeof first?.code === 'string' ? first.code : null,
      message: typeof first?.message === 'string' && first.message ? first.message : null,
    };
  } catch {
    return { code: null, message: null };
  }
}

/**
 * The `last` of a Link header's next page (`</v2/_catalog?last=b&n=100>; rel="next"`), or null when there is
 * no next page.
 */
export function nextPageOf(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (!match || !/\brel\s*=\s*"?next"?/i.test(match[2] ?? '')) continue;
    const last = new URL(match[1]!, 'http://registry').searchParams.get('last');
    if (last) return last;
  }
  return null;
}

function basic(login: RegistryLogin): string {
  return Buffer.from(`${login.username}:${login.secret}`).toString('base64');
}

/** Each way of not reaching a registry gets its own words. */
function networkError(registry: string, url: string, error: unknown): BerthError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const detail = cause?.message ?? (error as Error).message;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new BerthError('UNREACHABLE', `${registry} could not be found (DNS): check the host name.`, { code });
  if (code === 'ECONNREFUSED') return new BerthError('UNREACHABLE', `${registry} refused the connection: is the registry running on that port?`, { code });
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || (error as Error).name === 'TimeoutError') {
    return new BerthError('UNREACHABLE', `${registry} did not answer in time.`, { code });
  }
  if (/ERR_SSL|CERT|self[- ]signed|TLS|wrong version number/i.test(`${code} ${detail}`)) {
    const plainHttp = /wrong version number|packet length too long|http request/i.test(detail);
    return new BerthError(
      'INVALID_INPUT',
      plainHttp
        ? `${registry} speaks plain HTTP, not HTTPS. Mark it as an insecure registry if you trust the network.`
        : `TLS error talking to ${registry}: ${detail}`,
      { code },
    );
  }
  return new BerthError('UNREACHABLE', `Could not reach ${registry} at ${url}: ${detail}`, { code });
}
