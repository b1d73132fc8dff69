import type { Locator } from 'playwright-core';
import { waitFor } from './env.js';

/** How long an end-to-end test waits for the UI to show something. */
export const UI_TIMEOUT = 30_000;

/** Polls a locator's text until it matches; fails with the last text seen. */
export async function waitForText(locator: Locator, pattern: RegExp, timeoutMs = UI_TIMEOUT): Promise<string> {
  let last = '';
  return waitFor(
    async () => {
      last = (await locator.first().textContent({ timeout: 1000 })) ?? '';
      return pattern.test(last) ? last : undefined;
    },
    // A function: the text last seen is the one at the end of the wait, not the empty one at its start.
    () => `text matching ${pattern} (last seen: "${last.slice(0, 300)}")`,
    timeoutMs,
  );
}
