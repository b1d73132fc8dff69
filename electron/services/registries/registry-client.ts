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

/**
 * A Docker Registry HTTP API v2 client that does the authentication dance itself: a request is tried as is,
 * and on 401 the WWW-Authenticate challenge decides — Basic (send the login) or Bearer (get a token from the
 * realm for the service and scope, with the login when there is one, then retry).
 */
export class RegistryClient {
  private readonly base: string;
  private bearer: string | null = null;

  constructor(
    readonly registry: string,
    private readonly login: RegistryLogin | null,
    options: { insecure?: boolean } = {},
  ) {
    const plain = options.insecure || isLoopbackRegistry(registry);
    this.base = `${plain ? 'http' : 'https'}://${registry === 'docker.io' ? 'registry-1.docker.io' : registry}`;
  }

  async request(path: string, init: { method?: string; headers?: Record<string, string>; scope?: string } = {}): Promise<RegistryResponse> {
    let response = await this.send(path, init, this.bearer ? `Bearer ${this.bearer}` : undefined);
    if (response.status !== 401) return response;
    const challenge = parseChallenge(response.headers.get('www-authenticate'));
    if (!challenge) return response;
    if (challenge.scheme === 'basic') {
      if (!this.login) return response;
      response = await this.send(path, init, `Basic ${basic(this.login)}`);
    } else {
      this.bearer = await this.token(challenge.params, init.scope);
      response = await this.send(path, init, `Bearer ${this.bearer}`);
    }
    return response;
  }

  /** Checks the login against GET /v2/; throws UNAUTHORIZED when the registry refuses it. */
  async verifyLogin(): Promise<void> {
    const response = await this.request('/v2/');
    if (response.status === 200) return;
    if (response.status === 401) {
      throw new BerthError('UNAUTHORIZED', `${this.registry} refused the user name or password.`);
    }
    throw new BerthError('INTERNAL', `${this.registry} answered GET /v2/ with HTTP ${response.status}: is it a Docker registry?`);
  }

  private async token(params: Record<string, string>, scope: string | undefined): Promise<string> {
    if (!params.realm) throw new BerthError('INTERNAL', `${this.registry} asked for a token without saying where to get one.`);
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set('service', params.service);
    const wanted = scope ?? params.scope;
    if (wanted) url.searchParams.set('scope', wanted);
    const headers: Record<string, string> = this.login ? { authorization: `Basic ${basic(this.login)}` } : {};
    const response = await this.fetch(url.href, { headers });
    if (response.status === 401 || response.status === 403) {
      throw new BerthError('UNAUTHORIZED', `${this.registry} refused the user name or password.`);
    }
    if (response.status !== 200) throw new BerthError('INTERNAL', `The token service of ${this.registry} answered HTTP ${response.status}.`);
    const body = JSON.parse(Buffer.from(response.body).toString('utf8')) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new BerthError('INTERNAL', `The token service of ${this.registry} gave no token.`);
    return token;
  }

  private send(path: string, init: { method?: string; headers?: Record<string, string> }, authorization: string | undefined) {
    return this.fetch(`${this.base}${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(init.headers ?? {}), ...(authorization ? { authorization } : {}) },
    });
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
