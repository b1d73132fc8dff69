import { randomUUID } from 'node:crypto';
import { BerthError } from '../../../shared/contract/errors.js';
import type { EngineConfig } from '../../../shared/contract/settings.js';
import type { EngineSelection } from '../../engine/selection.js';
import { dockerOptionsFor } from '../../engine/docker-options.js';
import { readDockerContexts } from '../../engine/docker-contexts.js';
import type { HostKeys } from '../../engine/ssh/host-keys.js';
import type { HandlerGroup } from '../../ipc/router.js';
import type { SettingsStore } from '../settings/store.js';

type SavedEngineOps = 'engines.list' | 'engines.add' | 'engines.remove' | 'engines.use' | 'engines.importContexts' | 'engines.trustHostKey';

const ok = { ok: true } as const;

/**
 * The engines Berth has saved: list, add, remove, import the docker CLI's contexts, which one is used, and
 * trusting an ssh engine's host key.
 */
export function savedEngineHandlers(
  settings: SettingsStore,
  selection: EngineSelection,
  dockerConfigDir: string,
  hostKeys: HostKeys,
): HandlerGroup<SavedEngineOps> {
  const save = (engine: EngineConfig) => {
    dockerOptionsFor(engine.url); // refuses an address Berth cannot use, with its reason
    settings.update((s) => ({ ...s, engines: [...s.engines, engine] }));
    return engine;
  };

  return {
    async 'engines.list'() {
      const { engines, activeEngine } = settings.get();
      return {
        engines: engines.map((engine) => ({ ...engine, active: engine.id === activeEngine })),
        detected: selection.detected(),
        current: selection.current(),
      };
    },

    async 'engines.add'({ name, url, tls, sshKeyPath, use }) {
      if (settings.get().engines.some((e) => e.url === url)) throw new BerthError('CONFLICT', `An engine at ${url} is already saved.`);
      const engine = save({ id: randomUUID(), name, url, ...(tls ? { tls } : {}), ...(sshKeyPath ? { sshKeyPath } : {}) });
      if (use) selection.use(engine.id);
      return engine;
    },

    async 'engines.remove'({ id }) {
      const { engines, activeEngine } = settings.get();
      if (!engines.some((e) => e.id === id)) throw new BerthError('NOT_FOUND', 'No saved engine has that id.');
      settings.update((s) => ({ ...s, engines: s.engines.filter((e) => e.id !== id) }));
      if (activeEngine === id) selection.use(null);
      return ok;
    },

    async 'engines.use'({ id }) {
      if (id !== null && !settings.get().engines.some((e) => e.id === id)) throw new BerthError('NOT_FOUND', 'No saved engine has that id.');
      selection.use(id);
      return ok;
    },

    async 'engines.importContexts'() {
      const known = new Set(settings.get().engines.map((e) => e.url));
      const imported: EngineConfig[] = [];
      for (const context of readDockerContexts(dockerConfigDir)) {
        if (known.has(context.host)) continue;
        known.add(context.host);
        imported.push(save({ id: randomUUID(), name: context.name, url: context.host, ...(context.tls ? { tls: context.tls } : {}) }));
      }
      return { imported };
    },

    async 'engines.trustHostKey'({ host, port, fingerprint }) {
      hostKeys.trust(host, port, fingerprint);
      // The engine waits for this (no retries on a refused key): connect again now.
      selection.apply();
      return ok;
    },
  };
}
