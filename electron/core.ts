import Docker from 'dockerode';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDockerClient } from './engine/client-factory.js';
import { dockerOptionsFor } from './engine/docker-options.js';
import { HostKeys } from './engine/ssh/host-keys.js';
import { EngineConnection, type ConnectionOptions } from './engine/connection.js';
import { existingDefaultSockets, resolveEndpoint, type EndpointEnvironment } from './engine/endpoint.js';
import { platformProvider } from './engine/platform-provider.js';
import type { EngineProvider } from './engine/providers/provider.js';
import { EngineSelection } from './engine/selection.js';
import { SocketDiscovery } from './engine/socket-discovery.js';
import { inProcessCaller, type InProcessCaller } from './ipc/in-process-caller.js';
import { Router, type Handlers, type RouterOptions } from './ipc/router.js';
import { composeEnvironment } from './services/compose/engine-env.js';
import { composeExportHandler } from './services/compose/export-handler.js';
import { composeFileHandlers } from './services/compose/files-handlers.js';
import { composeHandlers } from './services/compose/handlers.js';
import { ComposeProjects } from './services/compose/projects.js';
import { composeRunHandlers } from './services/compose/run-handlers.js';
import { ComposeToolFinder } from './services/compose/tool.js';
import { defaultDataDir } from './app-data.js';
import { DockerCredentials } from './services/registries/credentials.js';
import { configKeyFor, dockerConfigDir } from './services/registries/docker-config.js';
import { registryHandlers } from './services/registries/handlers.js';
import { RegistryLogins, type SecretStore } from './services/registries/logins.js';
import { settingsHandlers } from './services/settings/handlers.js';
import { SettingsStore } from './services/settings/store.js';
import { containerHandlers } from './services/containers/handlers.js';
import { commitHandlers } from './services/containers/commit-handlers.js';
import { fileHandlers } from './services/containers/files-handlers.js';
import { logsHandler } from './services/containers/logs-handler.js';
import { containerPruneHandler } from './services/containers/prune-handler.js';
import { runHandlers } from './services/containers/run-handlers.js';
import { statsHandler } from './services/containers/stats-handler.js';
import { terminalHandlers } from './services/containers/terminal-handlers.js';
import { recreateHandler } from './services/containers/recreate-handler.js';
import { containerRecords } from './services/trash/container-records.js';
import { trashHandlers } from './services/trash/handlers.js';
import { imageRecords } from './services/trash/image-records.js';
import { TrashStore } from './services/trash/store.js';
import { volumeTrash } from './services/trash/volume-trash.js';
import { engineHandlers } from './services/engine/handlers.js';
import { managedEngineHandlers } from './services/engine/managed-handlers.js';
import { savedEngineHandlers } from './services/engines/handlers.js';
import { diskUsageHandler } from './services/system/df-handler.js';
import { systemPruneHandler } from './services/system/prune-handler.js';
import { hostHandlers, type HostDialogs } from './services/host/handlers.js';
import { imageHandlers } from './services/images/handlers.js';
import { layerHandlers } from './services/images/layers/handlers.js';
import type { RegistryAuth } from './services/images/registry-auth.js';
import { networkHandlers } from './services/networks/handlers.js';
import { volumeFileHandlers } from './services/volumes/files-handlers.js';
import { volumeHandlers } from './services/volumes/handlers.js';
import { volumeTransferHandlers } from './services/volumes/transfer-handlers.js';
import type { Endpoint, HostKeyProblem } from '../shared/contract/engine.js';
import type { RunSpec } from '../shared/run-spec.js';

export interface CoreOptions extends RouterOptions, ConnectionOptions {
  /** An engine chosen explicitly (Berth setting or --engine); otherwise the usual resolution runs. */
  engineSetting?: string | null;
  /** Berth's data folder; defaults to the platform's place (or BERTH_DATA_DIR). */
  dataDir?: string;
  /** The docker CLI's config folder (logins, credential helpers); defaults to DOCKER_CONFIG or ~/.docker. */
  dockerConfigDir?: string;
  /** The Electron shell's encrypted login store; the web shell has none. */
  secretStore?: SecretStore | null;
  /** The engine Berth runs itself; defaults to the platform's (dockerd, Lima, WSL2). */
  provider?: EngineProvider;
  /** Native file dialogs: the Electron shell has them, the web shell does not. */
  dialogs?: HostDialogs | null;
  /** The known_hosts files OpenSSH reads (tests point elsewhere); Berth's own list is in its data folder. */
  knownHostsFiles?: string[];
  /** What endpoint resolution reads (environment, home, which files exist); the machine's own by default. */
  endpointEnvironment?: Partial<EndpointEnvironment>;
  /** How often Berth looks at the default sockets while no engine is found (ms); tests shorten it. */
  discoveryIntervalMs?: number;
}

export interface Core {
  connection: EngineConnection;
  /** The carriers' entry (operations by name off the wire). */
  router: Router;
  /** The typed way for code in main (tray, tests) to call operations through the router. */
  caller: InProcessCaller;
  logins: RegistryLogins;
  settings: SettingsStore;
  provider: EngineProvider;
  dispose(): void;
  /** On quit: stops the engine Berth started, when the settings say so. */
  shutdown(): Promise<void>;
}

/** Everything both shells share: the engine connection and the router with every service's handlers. */
export function createCore(options: CoreOptions = {}): Core {
  const dataDir = options.dataDir ?? defaultDataDir();
  const settings = new SettingsStore(dataDir);
  const hostKeys = new HostKeys({ ownFile: path.join(dataDir, 'known_hosts'), ...(options.knownHostsFiles ? { userFiles: options.knownHostsFiles } : {}) });
  const connection = new EngineConnection({
    ...options,
    createClient:
      options.createClient ?? ((endpoint) => createDockerClient(endpoint, settings.get().engines.find((e) => e.id === endpoint.engineId), hostKeys)),
    hostKeyProblem: (endpoint, error) => hostKeyRefusal(hostKeys, endpoint, error),
  });
  const configDir = options.dockerConfigDir ?? dockerConfigDir();
  const logins = new RegistryLogins(new DockerCredentials(configDir), options.secretStore ?? null, dataDir);
  const provider = options.provider ?? platformProvider(dataDir);
  const machine = endpointEnvironment(null, options.endpointEnvironment);
  const selection = new EngineSelection(connection, settings, provider, () => resolveEndpoint(machine), options.engineSetting ?? null);
  const composeProjects = new ComposeProjects(settings);
  const composeTools = new ComposeToolFinder(() => settings.get().compose.command);
  const trash = new TrashStore(dataDir, () => settings.get().trash);
  const keepers = { containers: containerRecords(connection, trash), volumes: volumeTrash(connection, trash), images: imageRecords(connection, trash) };
  const parts = {
    ...engineHandlers(connection),
    ...containerHandlers(connection, keepers.containers, keepers.volumes),
    ...recreateHandler(connection, (old) => keepers.containers.keepCaptured(old, 'recreated')),
    ...runHandlers(connection, (spec) => rememberRun(settings, spec)),
    ...logsHandler(connection),
    ...statsHandler(connection),
    ...terminalHandlers(connection),
    ...fileHandlers(connection),
    ...commitHandlers(connection),
    ...containerPruneHandler(connection, keepers.containers),
    ...composeHandlers(connection),
    ...composeExportHandler(connection),
    ...composeFileHandlers(composeProjects),
    ...composeRunHandlers(composeProjects, composeTools, () => composeEnvironment(connection.status, settings.get().engines)),
    ...registryHandlers(logins, connection),
    ...imageHandlers(connection, registryAuth(logins), keepers.images),
    ...layerHandlers(connection),
    ...volumeHandlers(connection, keepers.volumes),
    ...volumeFileHandlers(connection),
    ...volumeTransferHandlers(connection),
    ...networkHandlers(connection),
    ...settingsHandlers(settings),
    ...savedEngineHandlers(settings, selection, configDir, hostKeys),
    ...managedEngineHandlers(selection, provider),
    ...diskUsageHandler(connection),
    ...hostHandlers(options.dialogs ? 'electron' : 'web', options.dialogs ?? null),
    ...trashHandlers(trash, keepers),
  };
  const handlers: Handlers = {
    ...parts,
    ...systemPruneHandler(connection, {
      containers: parts['containers.prune'],
      images: parts['images.prune'],
      networks: parts['networks.prune'],
      volumes: parts['volumes.prune'],
    }),
  };
  const router = new Router(handlers, options);
  selection.apply();
  const discovery = new SocketDiscovery({
    status: () => connection.status,
    onStatus: (listener) => connection.onStatus(listener),
    candidates: () => existingDefaultSockets(machine),
    answers: engineAnswers,
    use: (endpoint) => connection.use(endpoint),
    ...(options.discoveryIntervalMs ? { intervalMs: options.discoveryIntervalMs } : {}),
  });
  // An engine Berth started in an earlier run may still be up: look, and use it if nothing else was found.
  void provider.refresh().then(() => selection.apply(), () => undefined);
  return {
    connection,
    router,
    caller: inProcessCaller(router),
    logins,
    settings,
    provider,
    dispose: () => {
      discovery.dispose();
      connection.dispose();
    },
    async shutdown() {
      if (provider.startedByBerth && settings.get().managedEngine.stopOnQuit) await provider.stop().catch(() => undefined);
      discovery.dispose();
      connection.dispose();
    },
  };
}

/** The host key refusal behind a failed ssh:// connection, if that is what it was (ssh2 says "Host denied"). */
function hostKeyRefusal(hostKeys: HostKeys, endpoint: Endpoint, error: unknown): HostKeyProblem | null {
  if (!/Host denied \(verification failed\)/.test(error instanceof Error ? error.message : String(error))) return null;
  const target = dockerOptionsFor(endpoint.url);
  return hostKeys.problemFor(String(target.host), Number(target.port ?? 22));
}

/** Keeps the last runs, newest first, without repeats (the tray's and the palette's "Run again"). */
function rememberRun(settings: SettingsStore, spec: RunSpec): void {
  const key = JSON.stringify(spec);
  settings.update((s) => ({ ...s, recentRuns: [spec, ...s.recentRuns.filter((r) => JSON.stringify(r) !== key)].slice(0, 5) }));
}

/** Pull and push send the login Berth knows for the image's registry (session, encrypted store, docker's own). */
function registryAuth(logins: RegistryLogins): RegistryAuth {
  return async (registry) => {
    const login = await logins.lookup(registry);
    return login ? { username: login.username, password: login.secret, serveraddress: configKeyFor(registry) } : null;
  };
}

export function findEndpoint(setting: string | null): Endpoint | null {
  return resolveEndpoint(endpointEnvironment(setting));
}

/** A ping with a short timeout: does an engine answer at this default socket? */
async function engineAnswers(endpoint: Endpoint): Promise<boolean> {
  try {
    await new Docker({ ...dockerOptionsFor(endpoint.url), timeout: 2000 }).ping();
    return true;
  } catch {
    return false;
  }
}

function endpointEnvironment(setting: string | null, overrides: Partial<EndpointEnvironment> = {}): EndpointEnvironment {
  return {
    platform: process.platform,
    env: process.env,
    homeDir: os.homedir(),
    setting,
    readFile: (file) => {
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    exists: (file) => fs.existsSync(file),
    ...overrides,
  };
}
