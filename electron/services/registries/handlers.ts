import path from 'node:path';
import { BerthError } from '../../../shared/contract/errors.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { RegistryBrowser } from './browse.js';
import { configKeyFor } from './docker-config.js';
import type { RegistryLogins } from './logins.js';
import { RegistryClient, isLoopbackRegistry } from './registry-client.js';

type RegistryOps =
  | 'registries.list'
  | 'registries.login'
  | 'registries.loginStore'
  | 'registries.logout'
  | 'registries.repositories'
  | 'registries.tags'
  | 'registries.manifest'
  | 'registries.deleteTag'
  | 'registries.search';

/** What the engine's GET /images/search answers for each result. */
interface HubSearchResult {
  name: string;
  description?: string;
  star_count?: number;
  is_official?: boolean;
}

export function registryHandlers(logins: RegistryLogins, connection: EngineConnection): HandlerGroup<RegistryOps> {
  const browser = new RegistryBrowser(logins);
  return {
    'registries.list': () => logins.list(),

    async 'registries.login'({ registry, username, password, remember, insecure }) {
      if (insecure && !isLoopbackRegistry(registry) && registry === 'docker.io') {
        throw new BerthError('INVALID_INPUT', 'Docker Hub is never spoken to over plain HTTP.');
      }
      // The password first: a wrong one is told as such, not hidden behind where a right one could be kept.
      await new RegistryClient(registry, { username, secret: password }, { insecure }).verifyLogin();
      // Then where it can be remembered, before anything is stored: nothing may be half-stored.
      if (remember && !logins.rememberTarget(registry)) throw cannotRemember(logins.dockerConfigDir);
      const entry = await logins.save({ registry, username, secret: password }, remember, insecure);
      browser.forget(registry);
      return entry;
    },

    'registries.loginStore': async ({ registry }) => ({
      keptIn: logins.rememberTarget(registry),
      helper: logins.helperProgram(registry),
      dockerConfig: path.join(logins.dockerConfigDir, 'config.json'),
    }),

    async 'registries.logout'({ registry }) {
      await logins.logout(registry);
      browser.forget(registry);
      return { ok: true };
    },

    'registries.repositories': ({ registry, n, last }) => browser.repositories(registry, n, last),

    'registries.tags': ({ registry, repository, n, last }) => browser.tags(registry, repository, n, last),

    'registries.manifest': ({ registry, repository, reference }) => browser.manifest(registry, repository, reference),

    'registries.deleteTag': ({ registry, repository, tag, digest }) => browser.deleteTag(registry, repository, tag, digest),

    async 'registries.search'({ registry, term, limit }) {
      if (registry !== 'docker.io') return browser.searchCatalog(registry, term, limit);
      // Docker Hub's search is the engine's (`docker search`), with the Hub login when there is one.
      const login = await logins.lookup('docker.io');
      const authconfig = login ? { username: login.username, password: login.secret, serveraddress: configKeyFor('docker.io') } : undefined;
      const found = (await connection.request('Searching Docker Hub', (docker) =>
        docker.searchImages({ term, limit, ...(authconfig ? { authconfig } : {}) }),
      )) as HubSearchResult[];
      return {
        results: found.slice(0, limit).map((result) => ({
          name: result.name,
          reference: result.name,
          description: result.description || null,
          stars: typeof result.star_count === 'number' ? result.star_count : null,
          official: result.is_official === true,
        })),
        truncated: found.length >= limit,
      };
    },
  };
}

/** The login is right, but there is no safe place to remember it: says which docker config folder was looked at. */
function cannotRemember(configDir: string): BerthError {
  const config = path.join(configDir, 'config.json');
  return new BerthError(
    'INVALID_INPUT',
    `The registry accepted the login, but Berth cannot remember it safely here: ${config} names no docker credential helper ` +
      '(Berth reads the docker config folder $DOCKER_CONFIG when it is set, else ~/.docker). ' +
      `Install one (docker-credential-pass or docker-credential-secretservice) and set "credsStore" in ${config}, or sign in without “remember”.`,
    { loginAccepted: true, dockerConfig: config },
  );
}
