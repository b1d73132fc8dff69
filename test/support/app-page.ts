import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { UI_TIMEOUT } from './ui.js';

export interface OpenOptions extends Pick<BrowserContextOptions, 'viewport' | 'colorScheme' | 'permissions'> {
  /** Runs on the new page before it loads (listeners that must see its first frames). */
  beforeLoad?(page: Page): void;
  /** Wait for the header's engine chip to be connected (default); false: return as soon as the page has loaded. */
  connected?: boolean;
  /** How long to wait for Connected (default UI_TIMEOUT). */
  timeoutMs?: number;
  /** The browser's locale (navigator.languages), which the UI language follows on `auto`. */
  locale?: string;
}

/**
 * Opens Berth in a fresh browser context each time (nothing carried between tests), and keeps a record of
 * what the page went through. When it never says Connected, the error carries that record (what the page
 * showed, its console, failed requests, its WebSocket's life) so that a failure on CI can be read, not guessed.
 */
export class AppPages {
  private readonly contexts: BrowserContext[] = [];
  private readonly journals = new WeakMap<Page, string[]>();

  constructor(private readonly browser: () => Browser) {}

  async open(url: string, options: OpenOptions = {}): Promise<Page> {
    const context = await this.browser().newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      colorScheme: options.colorScheme ?? 'light',
      locale: options.locale ?? 'en-US',
      ...(options.permissions ? { permissions: options.permissions } : {}),
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    const journal = recordJournal(page);
    this.journals.set(page, journal);
    options.beforeLoad?.(page);
    await page.goto(url);
    if (options.connected === false) return page;
    try {
      // By the chip's state, not its words: the UI may be in any language.
      await page.locator('[data-testid="engine-status"][data-state="connected"]').waitFor({ timeout: options.timeoutMs ?? UI_TIMEOUT });
    } catch (error) {
      throw await this.explained(page, error);
    }
    return page;
  }

  /**
   * `error` with what the page showed and went through appended: for a wait on a page this opened that
   * failed, e.g. `await waitForText(...).catch(async (error) => { throw await pages.explained(page, error); })`.
   */
  async explained(page: Page, error: unknown): Promise<Error> {
    const shown = await page
      .locator('body')
      .innerText({ timeout: 2000 })
      .catch((reason: unknown) => `(could not read: ${String(reason)})`);
    const journal = this.journals.get(page) ?? [];
    return new Error(`${(error as Error).message}\n--- the page showed:\n${shown.slice(0, 1500)}\n--- what it went through:\n${journal.join('\n')}`, { cause: error });
  }

  /** Closes every context this opened; for `after`. */
  async closeAll(): Promise<void> {
    for (const context of this.contexts.splice(0)) await context.close().catch(() => {});
  }
}

function recordJournal(page: Page): string[] {
  const journal: string[] = [];
  const started = Date.now();
  const note = (line: string) => {
    if (journal.length < 200) journal.push(`+${Date.now() - started} ms ${line}`);
  };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') note(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => note(`page error: ${error.message}`));
  page.on('requestfailed', (request) => note(`request failed: ${request.url().replace(/token=[^&#]+/, 'token=…')} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) note(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('websocket', (socket) => {
    note(`WebSocket opened to ${socket.url().replace(/token=[^&]+/, 'token=…')}`);
    let received = 0;
    socket.on('framereceived', () => {
      received++;
      if (received === 1) note('WebSocket: first frame received');
    });
    socket.on('socketerror', (error) => note(`WebSocket error: ${error}`));
    socket.on('close', () => note(`WebSocket closed after ${received} frames received`));
  });
  return journal;
}
