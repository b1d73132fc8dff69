import { BerthError } from '../../../shared/contract/errors.js';
import type { ParsedInputOf } from '../../../shared/contract/index.js';
import type { HandlerGroup } from '../../ipc/router.js';

/** Native dialogs, offered by the Electron shell; the web shell has none (its user may not even sit at this computer). */
export interface HostDialogs {
  pickPath(request: ParsedInputOf<'host.pickPath'>): Promise<string | null>;
}

export function hostHandlers(shell: 'electron' | 'web', dialogs: HostDialogs | null): HandlerGroup<'host.info' | 'host.pickPath'> {
  return {
    async 'host.info'() {
      return { shell, nativeDialogs: dialogs !== null, platform: process.platform };
    },
    async 'host.pickPath'(request) {
      if (!dialogs) throw new BerthError('INVALID_INPUT', 'This shell has no file dialogs: type the path on the computer running Berth.');
      return { path: await dialogs.pickPath(request) };
    },
  };
}
