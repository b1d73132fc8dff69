/**
 * Layout at the widths people use (issue 11, item 7): every page at 1024 and 1440 px, with rows in every list
 * and a container whose long name and three ports make its detail header crowded; in English, in the
 * pseudo-locale en-XA (every message 30 % longer) and in 简体中文 (issue 12). Fails on a sideways scroll,
 * a control cut off or drawn over another (test/support/layout.ts says exactly what and where). The built
 * web shell, real Chromium, the real test engine; what it makes has a uniqueName() and is removed after.
 * With BERTH_SCREENSHOTS_DIR set, it also keeps a screenshot of each view in each language and width.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { routes, type Href } from '../../shared/routes.js';
import { docker, removeContainersNamed, testEnv, uniqueName } from '../support/env.js';
import { layoutProblems } from '../support/layout.js';
import { removeVolumesNamed } from '../support/volumes.js';
import { webShellSession } from '../support/e2e-session.js';

const prefix = uniqueName('layout');
/** Long, as compose and people make them. */
const longName = `${prefix}-a-container-with-a-rather-long-descriptive-name`;
const volume = `${prefix}-data-volume-with-a-long-name`;
const network = `${prefix}-backend-network-with-a-long-name`;


async function problemsAt(page: Page, hash: Href, ready: (page: Page) => Promise<unknown>): Promise<string[]> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await ready(page);
  return layoutProblems(page);
}

// Ready when the data is on screen: by the names of what the test made, which read the same in every language.
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).waitFor();
const gridRow = (row: string) => (page: Page) => page.getByRole('grid').getByRole('row', { name: row, exact: true }).waitFor();

const views: [string, Href, (page: Page) => Promise<unknown>][] = [
  ['containers', routes.containers(), gridRow(longName)],
  ['images', routes.images(), gridRow(testEnv().image)],
  ['volumes', routes.volumes(), gridRow(volume)],
  ['networks', routes.networks(), gridRow(network)],
  ['registries', routes.registries(), heading],
  ['engine', routes.section('engine'), heading],
  ['settings', routes.section('settings'), heading],
  ['container detail', routes.container(longName, { tab: 'overview' }), (page) => page.getByRole('heading', { name: longName }).waitFor()],
  ['image detail', routes.image(testEnv().image), (page) => page.getByRole('tab').first().waitFor()],
  ['volume detail', routes.volume(volume), (page) => page.getByRole('heading', { name: volume }).waitFor()],
  ['network detail', routes.network(network), (page) => page.getByRole('heading', { name: network }).waitFor()],
];

describe('layout at 1024 and 1440 px (web shell, Chromium, test engine)', () => {
  const session = webShellSession({ setup, cleanup });
  const { pages } = session;

  async function setup() {
    await docker('volume', 'create', volume);
    await docker('network', 'create', network);
    await docker('run', '-d', '--name', longName, '--network', network, '-v', `${volume}:/data`, '-p', '127.0.0.1::80', '-p', '127.0.0.1::81', '-p', '127.0.0.1::82', testEnv().image, 'sleep', '3600');
    await docker('create', '--name', `${prefix}-stopped`, testEnv().image, 'true');
  }

  async function cleanup() {
    await removeContainersNamed(prefix);
    await docker('network', 'rm', network).catch(() => undefined);
    await removeVolumesNamed(prefix);
  }

  const screenshots = process.env.BERTH_SCREENSHOTS_DIR;
  for (const locale of ['en-US', 'en-XA', 'zh-CN'])
    for (const width of [1024, 1440]) {
      test(`${locale} at ${width} px: no page scrolls sideways, and no control is cut off or covered`, async () => {
        const page = await pages.open(session.shell.url, { viewport: { width, height: 800 }, locale });
        const found: string[] = [];
        for (const [name, hash, ready] of views) {
          for (const problem of await problemsAt(page, hash, ready)) found.push(`${name}: ${problem}`);
          if (screenshots) {
            fs.mkdirSync(screenshots, { recursive: true });
            await page.screenshot({ path: path.join(screenshots, `${locale}-${width}-${name.replace(/ /g, '-')}.png`) });
          }
        }
        // What the page went through (failed requests, console errors) with the problems, should there be any.
        try {
          assert.deepEqual(found, []);
        } catch (error) {
          throw await pages.explained(page, error);
        }
      });
    }

  test('a network’s page shows its containers’ names whole, even long ones, at 1024 px', async () => {
    const page = await pages.open(session.shell.url, { viewport: { width: 1024, height: 800 } });
    await page.evaluate((h) => (window.location.hash = h), routes.network(network));
    const link = page.getByRole('table', { name: `Containers on ${network}` }).getByRole('link', { name: longName, exact: true });
    await link.waitFor();
    const cut = await link.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
    assert.equal(cut, false, 'the name is not cut short');
  });

  test('at 1024 px the side navigation is icons only, each named, and every page is still one click away', async () => {
    const page = await pages.open(session.shell.url, { viewport: { width: 1024, height: 800 } });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const width = await nav.evaluate((element) => element.getBoundingClientRect().width);
    assert.ok(width <= 64, `the navigation is ${width} px wide`);
    await nav.getByRole('link', { name: 'Volumes' }).click();
    await page.getByRole('heading', { name: 'Volumes', level: 1 }).waitFor();
  });
});
