import type { ProviderStatusValue } from '../../../shared/contract/engine.js';
import type { EngineSelection } from '../../engine/selection.js';
import type { EngineProvider } from '../../engine/providers/provider.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { untilAborted } from '../../util/abort.js';

type ManagedEngineOps = 'engine.provider' | 'engine.start' | 'engine.stop' | 'engine.restart' | 'engine.logs';

const ok = { ok: true } as const;

/** The engine Berth runs itself (dockerd, a Lima VM, WSL2): its state, start, stop, restart and log. */
export function managedEngineHandlers(selection: EngineSelection, provider: EngineProvider): HandlerGroup<ManagedEngineOps> {
  const providerStatus = async (): Promise<ProviderStatusValue> => ({
    kind: provider.kind,
    unavailable: await provider.unavailableReason(),
    ...provider.status(),
    socketUrl: provider.socketUrl(),
    startedByBerth: provider.startedByBerth,
  });

  return {
    async 'engine.provider'(_input, emit, signal) {
      await provider.refresh().catch(() => undefined);
      emit(await providerStatus());
      const subscription = provider.onStatus(() => void providerStatus().then(emit));
      await untilAborted(signal);
      subscription.dispose();
    },

    async 'engine.start'() {
      await provider.start();
      selection.managedStarted();
      return ok;
    },

    async 'engine.stop'() {
      await provider.stop();
      return ok;
    },

    async 'engine.restart'() {
      if (provider.status().state === 'running') await provider.stop();
      await provider.start();
      selection.managedStarted();
      return ok;
    },

    async 'engine.logs'(_input, emit, signal) {
      await provider.followLog((lines) => emit({ lines }), signal);
    },
  };
}
