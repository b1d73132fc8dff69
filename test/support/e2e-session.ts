// The life of an end-to-end file: before its tests, whatever the pages must find at first load, then the built
// web shell and Chromium; after them, the pages, the browser, the shell, then the file's own leftovers.
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { AppPages } from './app-page.js';
import { launchBrowser } from './browser.js';
import { startWebShellProcess, type RunningWebShell } from './web-shell.js';

export interface WebShellSessionOptions {
  /** Added to the web shell's environment (DOCKER_CONFIG, BERTH_DATA_DIR…). */
  env?: NodeJS.ProcessEnv;
  /** Runs before the web shell starts. */
  setup?(): Promise<void>;
  /** Runs once the pages, the browser and the web shell are closed (removing what the file made). */
  cleanup?(): Promise<void>;
}

export interface WebShellSession {
  readonly shell: RunningWebShell;
  readonly browser: Browser;
  readonly pages: AppPages;
  /** Stops the web shell before the file ends (its logs are complete once it has exited). */
  stopShell(): Promise<void>;
}

/** Registers the before/after hooks where it is called (top level or inside a describe). */
export function webShellSession(options: WebShellSessionOptions = {}): WebShellSession {
  let shell: RunningWebShell | undefined;
  let browser: Browser | undefined;
  let stopping = false;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet (used outside a test?)`);
    return value;
  };
  const pages = new AppPages(() => started(browser, 'browser'));

  before(async () => {
    await options.setup?.();
    const running = await startWebShellProcess([], options.env ?? {});
    shell = running;
    // A web shell that dies under a test would only show as timeouts: say so, with its last words.
    running.process.once('exit', (code, signal) => {
      if (!stopping) console.error(`the web shell exited during the tests (code ${code}, signal ${signal}):\n${running.output()}`);
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await pages.closeAll();
    await browser?.close();
    stopping = true;
    await shell?.stop();
    await options.cleanup?.();
  });

  return {
    get shell() {
      return started(shell, 'web shell');
    },
    get browser() {
      return started(browser, 'browser');
    },
    pages,
    async stopShell() {
      stopping = true;
      await shell?.stop();
    },
  };
}
