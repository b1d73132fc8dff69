import type { EngineStatus } from '../../../shared/contract/engine.js';
import type { ProviderStatusValue } from '../../../shared/contract/engine.js';
import type { ShellT } from '../shell-text.js';

/** What a tray item does when clicked; the glue turns each into a call of the core. */
export type TrayAction =
  | { type: 'open' }
  | { type: 'quit' }
  | { type: 'engine.start' }
  | { type: 'engine.stop' }
  | { type: 'engine.restart' }
  | { type: 'container.stop'; id: string }
  | { type: 'container.restart'; id: string }
  | { type: 'container.logs'; id: string }
  | { type: 'run-again'; index: number }
  | { type: 'registry.login' };

export type TrayIcon = 'running' | 'starting' | 'stopped' | 'error';

export interface TrayItem {
  label: string;
  enabled?: boolean;
  action?: TrayAction;
  submenu?: TrayItem[];
  separator?: boolean;
}

export interface TrayState {
  engine: EngineStatus;
  /** The engine Berth can run itself, or null where it cannot (unknown yet). */
  provider: ProviderStatusValue | null;
  running: { id: string; name: string }[];
  recentRuns: { label: string }[];
}

const MAX_CONTAINERS = 15;

/** The icon that says the engine's state at a glance. */
export function trayIcon(state: TrayState): TrayIcon {
  if (state.engine.state === 'connected') return 'running';
  if (state.engine.state === 'connecting' || state.provider?.state === 'starting' || state.provider?.state === 'stopping') return 'starting';
  return state.provider?.state === 'error' ? 'error' : 'stopped';
}

function engineLine(state: TrayState, t: ShellT): string {
  const { engine, provider } = state;
  // The provider's step and error are main's own words (English), shown inside the sentence.
  if (provider?.state === 'starting' || provider?.state === 'stopping') return t('tray.engineStep', { step: provider.step ?? provider.state });
  if (engine.state === 'connected') return t('tray.engineRunning', { version: engine.serverVersion });
  if (engine.state === 'connecting') return t('tray.engineConnecting');
  if (provider?.state === 'error') return t('tray.engineFailed', { message: provider.error?.message ?? t('tray.unknownError') });
  return t('tray.engineUnavailable');
}

/** The tray menu as data, built from state and the words of the UI language alone: the glue only renders it. */
export function buildTrayMenu(state: TrayState, t: ShellT): TrayItem[] {
  const items: TrayItem[] = [{ label: engineLine(state, t), enabled: false }];
  const provider = state.provider;
  if (provider && !provider.unavailable) {
    const busy = provider.state === 'starting' || provider.state === 'stopping';
    const ownsEngine = provider.state === 'running';
    if (!ownsEngine) items.push({ label: t('tray.startEngine'), enabled: !busy && state.engine.state !== 'connected', action: { type: 'engine.start' } });
    if (ownsEngine || busy) {
      items.push({ label: t('tray.stopEngine'), enabled: !busy, action: { type: 'engine.stop' } });
      items.push({ label: t('tray.restartEngine'), enabled: !busy, action: { type: 'engine.restart' } });
    }
  }
  items.push({ label: '', separator: true });

  if (state.engine.state === 'connected') {
    if (state.running.length === 0) items.push({ label: t('tray.noRunning'), enabled: false });
    const shown = [...state.running].sort((a, b) => a.name.localeCompare(b.name)).slice(0, MAX_CONTAINERS);
    for (const container of shown) {
      items.push({
        label: container.name,
        submenu: [
          { label: t('tray.stop'), action: { type: 'container.stop', id: container.id } },
          { label: t('tray.restart'), action: { type: 'container.restart', id: container.id } },
          { label: t('tray.openLogs'), action: { type: 'container.logs', id: container.id } },
        ],
      });
    }
    if (state.running.length > MAX_CONTAINERS) {
      items.push({ label: t('tray.moreRunning', { count: state.running.length - MAX_CONTAINERS }), action: { type: 'open' } });
    }
    if (state.recentRuns.length) {
      items.push({
        label: t('tray.runAgain'),
        submenu: state.recentRuns.map((run, index) => ({ label: run.label, action: { type: 'run-again', index } })),
      });
    }
    items.push({ label: '', separator: true });
  }

  items.push({ label: t('tray.signIn'), action: { type: 'registry.login' } });
  items.push({ label: t('tray.open'), action: { type: 'open' } });
  items.push({ label: t('tray.quit'), action: { type: 'quit' } });
  return items;
}
