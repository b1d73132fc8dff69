import { BerthError } from '../../../shared/contract/errors.js';
import type { HandlerGroup } from '../../ipc/router.js';
import type { RegistryLogins } from './logins.js';
import { RegistryClient, isLoopbackRegistry } from './registry-client.js';

type RegistryOps = 'registries.list' | 'registries.login' | 'registries.logout';

export function registryHandlers(logins: RegistryLogins): HandlerGroup<RegistryOps> {
  return {
    'registries.list': () => logins.list(),

    async 'registries.login'({ registry, username, password, remember, insecure }) {
      // Refuse to remember before asking the registry anything: nothing may be half-stored.
      if (remember && !logins.rememberTarget(registry)) {
        throw new BerthError(
          'INVALID_INPUT',
          'Berth cannot remember this login safely here: no docker credential helper is configured. ' +
            'Install one (docker-credential-pass or docker-credential-secretservice) and set "credsStore" in ~/.docker/config.json, ' +
            'or sign in without “remember”.',
        );
      }
      if (insecure && !isLoopbackRegistry(registry) && registry === 'docker.io') {
        throw new BerthError('INVALID_INPUT', 'Docker Hub is never spoken to over plain HTTP.');
      }
      await new RegistryClient(registry, { username, secret: password }, { insecure }).verifyLogin();
      return logins.save({ registry, username, secret: password }, remember, insecure);
    },

    async 'registries.logout'({ registry }) {
      await logins.logout(registry);
      return { ok: true };
    },
  };
}
