import Docker from 'dockerode';
import type { Readable } from 'node:stream';
import type { Endpoint, EngineEvent, EngineStatus, HostKeyProblem } from '../../shared/contract/engine.js';
import { BerthError, cancelledError } from '../../shared/contract/errors.js';
import { Emitter, type Disposable } from '../util/emitter.js';
import { dockerOptionsFor } from './docker-options.js';
import { isUnreachable, toBerthError } from './engine-errors.js';
import { parseEventLines } from './event-lines.js';
import { dialectFromVersion, dockerDialect, type EngineDialect } from './dialect.js';
import { describeHostKeyProblem } from './ssh/host-keys.js';

export interface ConnectionOptions {
  /** Creates the dockerode client for an endpoint; tests and the ssh support swap it. */
  createClient?(endpoint: Endpoint): Docker;
  /** Reconnect delays in ms, the last one repeated. */
  backoffMs?: readonly number[];
  log?(message: string): void;
  /**
   * A failure retrying cannot cure, in words, when there is one: an ssh host key refused. The connection then
   * waits for the user instead of reconnecting.
   */
  hostKeyProblem?(endpoint: Endpoint, error: unknown): HostKeyProblem | null;
}

const defaultBackoff = [250, 500, 1000, 2000, 4000, 5000] as const;

/**
 * The one connection to the active engine. It knows whether the engine is there, keeps one event stream
 * open while it is (which is also how it learns the engine went away: no polling), and when it goes away
 * pings with backoff until it is back, then tells subscribers to resync.
 */
export class EngineConnection {
  private endpoint: Endpoint | null = null;
  private client: Docker | null = null;
  private state: EngineStatus = { state: 'connecting', endpoint: null };
  private readonly statusEmitter = new Emitter<EngineStatus>('the engine connection’s status');
  private readonly eventEmitter = new Emitter<EngineEvent>('engine events');
  private eventStream: Readable | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private attempt = 0;
  /** After the first connection, every later one is a reconnect that needs a resync. */
  private everConnected = false;
  /** Bumped on every (re)connect and endpoint change so that late callbacks of an old attempt are ignored. */
  private generation = 0;
  private readonly backoff: readonly number[];
  private engineDialect: EngineDialect = dockerDialect;

  constructor(private readonly options: ConnectionOptions = {}) {
    this.backoff = options.backoffMs ?? defaultBackoff;
  }

  get status(): EngineStatus {
    return this.state;
  }

  get currentEndpoint(): Endpoint | null {
    return this.endpoint;
  }

  /** How the connected engine's API differs from dockerd's (learnt from its /version on every connect). */
  get dialect(): EngineDialect {
    return this.engineDialect;
  }

  /** Points Berth at an engine (or at none) and connects. */
  use(endpoint: Endpoint | null): void {
    this.generation++;
    this.teardown();
    this.endpoint = endpoint;
    this.attempt = 0;
    try {
      this.client = endpoint ? (this.options.createClient ?? defaultClient)(endpoint) : null;
    } catch (error) {
      // A client that cannot even be made (an unreadable key or certificate) is not worth retrying.
      this.client = null;
      this.setState({ state: 'unavailable', endpoint, reason: error instanceof Error ? error.message : String(error), retryAt: null });
      return;
    }
    if (!endpoint) {
      this.setState({
        state: 'unavailable',
        endpoint: null,
        reason: 'No engine was found: set DOCKER_HOST, create a docker context, or start Docker or Podman.',
        retryAt: null,
      });
      return;
    }
    this.setState({ state: 'connecting', endpoint });
    void this.connect(this.generation);
  }

  /**
   * The dockerode client for a request. Throws ENGINE_UNAVAILABLE at once while the engine is known to be
   * away, so that the UI gets a clear answer instead of a socket error.
   */
  docker(): Docker {
    if (!this.client || this.state.state === 'unavailable') {
      throw new BerthError(
        'ENGINE_UNAVAILABLE',
        this.state.state === 'unavailable' ? `The engine is unavailable: ${this.state.reason}` : 'No engine is configured.',
      );
    }
    return this.client;
  }

  /**
   * Runs one engine request, mapping its failure to the contract's errors; a failure that says the engine
   * is unreachable also moves the connection to `unavailable` (and so starts reconnecting).
   *
   * `signal`: the caller's cancel. A request is not started once it aborted, and a failure after it aborted is
   * CANCELLED (a request cut off mid-way fails as "socket hang up", which must not pass for a lost engine). To
   * abort the request itself, `run` hands the same signal to dockerode (`abortSignal` in its options).
   */
  async request<T>(what: string, run: (docker: Docker) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw cancelledError(what);
    const docker = this.docker();
    try {
      return await run(docker);
    } catch (error) {
      if (signal?.aborted) throw cancelledError(what);
      if (isUnreachable(error)) this.lost(String((error as Error).message ?? error));
      throw this.engineDialect.error(toBerthError(error, what));
    }
  }

  /** How many listen to the event stream (all sessions' `engine.events` streams together). */
  get eventSubscribers(): number {
    return this.eventEmitter.size;
  }

  /**
   * Berth changed something of a type the engine sends no events for (EngineDialect.eventlessTypes): every
   * subscriber hears it as the engine would have said it, so that each window and the tray update as they do
   * on Docker. Changes made by other clients show on refresh; the engine page says so.
   */
  reportOwnChange(type: string, action: string, id: string, attributes: Record<string, string> = {}): void {
    if (this.state.state !== 'connected' || !this.engineDialect.eventlessTypes.includes(type)) return;
    this.eventEmitter.fire({ kind: 'engine', type, action, id, attributes, timeNano: Date.now() * 1e6 });
  }

  onStatus(listener: (status: EngineStatus) => void): Disposable {
    return this.statusEmitter.on(listener);
  }

  onEvent(listener: (event: EngineEvent) => void): Disposable {
    return this.eventEmitter.on(listener);
  }

  dispose(): void {
    this.generation++;
    this.teardown();
    this.statusEmitter.clear();
    this.eventEmitter.clear();
  }

  private async connect(generation: number): Promise<void> {
    const client = this.client;
    const endpoint = this.endpoint;
    if (!client || !endpoint) return;
    try {
      const version = await client.version();
      if (generation !== this.generation) return;
      this.engineDialect = dialectFromVersion(version);
      await this.openEvents(client, generation);
      if (generation !== this.generation) return;
      const wasReconnect = this.attempt > 0 || this.everConnected;
      this.attempt = 0;
      this.everConnected = true;
      const { product, eventlessTypes, limits } = this.engineDialect;
      this.setState({
        state: 'connected',
        endpoint,
        serverVersion: version.Version,
        apiVersion: version.ApiVersion,
        product,
        eventlessTypes: [...eventlessTypes],
        limits: [...limits],
      });
      if (wasReconnect) this.eventEmitter.fire({ kind: 'resync', reason: 'reconnected to the engine' });
    } catch (error) {
      if (generation !== this.generation) return;
      const hostKey = this.options.hostKeyProblem?.(endpoint, error);
      if (hostKey) {
        this.setState({ state: 'unavailable', endpoint, reason: describeHostKeyProblem(hostKey), retryAt: null, hostKey });
        return;
      }
      this.scheduleRetry(generation, describeFailure(error));
    }
  }

  private openEvents(client: Docker, generation: number): Promise<void> {
    return new Promise((resolve, reject) => {
      client.getEvents({}, (error, stream) => {
        if (error || !stream) return reject(error ?? new Error('no event stream'));
        if (generation !== this.generation) {
          (stream as Readable).destroy();
          return resolve();
        }
        const readable = stream as Readable;
        this.eventStream = readable;
        // Every event in Docker's words, whichever engine sent it.
        const dialect = this.engineDialect;
        const parse = parseEventLines((event) => this.eventEmitter.fire(event.kind === 'engine' ? dialect.event(event) : event));
        readable.on('data', (chunk: Buffer) => parse(chunk));
        const ended = () => {
          if (generation !== this.generation || this.eventStream !== readable) return;
          this.eventStream = null;
          this.lost('the engine closed its event stream');
        };
        readable.on('end', ended);
        readable.on('close', ended);
        readable.on('error', ended);
        resolve();
      });
    });
  }

  /** The engine went away: say so, and start pinging it back. */
  private lost(reason: string): void {
    if (this.state.state === 'unavailable') return;
    this.generation++;
    this.teardown();
    this.options.log?.(`engine lost: ${reason}`);
    this.scheduleRetry(this.generation, reason);
  }

  private scheduleRetry(generation: number, reason: string): void {
    const delay = this.backoff[Math.min(this.attempt, this.backoff.length - 1)] ?? 5000;
    this.attempt++;
    this.setState({ state: 'unavailable', endpoint: this.endpoint, reason, retryAt: Date.now() + delay });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (generation === this.generation) void this.connect(generation);
    }, delay);
    this.retryTimer.unref?.();
  }

  private teardown(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const stream = this.eventStream;
    this.eventStream = null;
    stream?.destroy();
  }

  private setState(next: EngineStatus): void {
    this.state = next;
    this.statusEmitter.fire(next);
  }
}

function defaultClient(endpoint: Endpoint): Docker {
  return new Docker(dockerOptionsFor(endpoint.url));
}

function describeFailure(error: unknown): string {
  const failure = error as { code?: string; message?: string } | null;
  if (failure?.code === 'ENOENT') return 'the engine socket does not exist (is the engine running?)';
  if (failure?.code === 'ECONNREFUSED') return 'the engine refused the connection (is it running?)';
  if (failure?.code === 'EACCES') return 'permission denied on the engine socket';
  return failure?.message ?? String(error);
}
