import { app, Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { routes, type Href } from '../../../shared/routes.js';
import type { Core } from '../../core.js';
import type { Disposable } from '../../util/emitter.js';
import { buildTrayMenu, trayIcon, type TrayAction, type TrayItem, type TrayState } from './menu-model.js';
import { runningList } from './running-list.js';
import type { ShellText } from '../shell-text.js';

export interface TrayHooks {
  /** Shows the main window, at a page of the renderer when one is given (a `routes` hash). */
  open(route?: Href): void;
  quit(): void;
  notify(message: string): void;
}

/**
 * Thin glue: keeps a TrayState from the core's streams (engine status, provider, container events), renders
 * buildTrayMenu's data as an Electron menu, and turns clicks into core calls.
 */
export function createTray(core: Core, iconsDir: string, text: ShellText, hooks: TrayHooks): Disposable {
  const tray = new Tray(icon(iconsDir, 'stopped'));
  tray.setToolTip('Berth');
  const state: TrayState = { engine: core.connection.status, provider: null, running: [], recentRuns: [] };
  const controller = new AbortController();

  const render = () => {
    state.recentRuns = core.settings.get().recentRuns.map((spec) => ({ label: spec.name ? `${spec.name} (${spec.image})` : spec.image }));
    tray.setImage(icon(iconsDir, trayIcon(state)));
    tray.setContextMenu(Menu.buildFromTemplate(buildTrayMenu(state, text.t).map(toElectron)));
  };
  const running = runningList({
    list: async () => (core.connection.status.state === 'connected' ? core.caller.call('containers.list', { all: false }) : []),
    onChange(rows) {
      state.running = rows.map(({ id, name }) => ({ id, name }));
      render();
    },
  });

  const subscriptions = [
    core.connection.onStatus((status) => {
      state.engine = status;
      running.refresh();
    }),
    core.connection.onEvent((event) => running.handle(event)),
    core.settings.onChange(render),
    running,
  ];
  void core.caller.stream('engine.provider', {}, (status) => {
    state.provider = status;
    render();
  }, controller.signal).catch(() => undefined);
  running.refresh();

  const run = async (action: TrayAction) => {
    switch (action.type) {
      case 'open':
        return hooks.open();
      case 'quit':
        return hooks.quit();
      case 'registry.login':
        return hooks.open(routes.registries({ login: true }));
      case 'container.logs':
        return hooks.open(routes.container(action.id, { tab: 'logs' }));
      case 'container.stop':
        return core.caller.call('containers.stop', { id: action.id });
      case 'container.restart':
        return core.caller.call('containers.restart', { id: action.id });
      case 'run-again': {
        const spec = core.settings.get().recentRuns[action.index];
        return spec ? core.caller.call('containers.run', spec) : undefined;
      }
      case 'engine.start':
      case 'engine.stop':
      case 'engine.restart':
        return core.caller.call(action.type, {});
    }
  };
  const toElectron = (item: TrayItem): MenuItemConstructorOptions => {
    if (item.separator) return { type: 'separator' };
    return {
      label: item.label,
      enabled: item.enabled ?? true,
      ...(item.submenu ? { submenu: item.submenu.map(toElectron) } : {}),
      ...(item.action
        ? {
            click: () => {
              const action = item.action!;
              run(action).catch((error: Error) => hooks.notify(error.message));
            },
          }
        : {}),
    };
  };

  render();
  return {
    dispose() {
      controller.abort();
      for (const subscription of subscriptions) subscription.dispose();
      tray.destroy();
    },
  };
}

function icon(dir: string, state: string) {
  const image = nativeImage.createFromPath(path.join(dir, `tray-${state}.png`));
  if (process.platform === 'darwin') image.setTemplateImage(false);
  return image;
}

export const appIconsDir = () => path.join(app.getAppPath(), 'build', 'icons');
