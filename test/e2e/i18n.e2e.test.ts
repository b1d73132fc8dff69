/**
 * The UI language (issue 12): on `auto` it follows the browser's locale. The built web shell, real Chromium,
 * the real test engine; a fresh data folder, so the setting starts at its default.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { webShellSession } from '../support/e2e-session.js';

const session = webShellSession();
const { pages } = session;

describe('the UI language (web shell, Chromium, test engine)', () => {
  test('a zh-CN browser gets the navigation in Chinese, with <html lang="zh-CN">', async () => {
    const page = await pages.open(session.shell.url, { locale: 'zh-CN' });
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const name of ['容器', '镜像', '数据卷', '网络', '镜像仓库', '引擎', '设置']) await nav.getByRole('link', { name, exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  });

  test('an en-GB or zh-TW browser gets English', async () => {
    for (const locale of ['en-GB', 'zh-TW']) {
      const page = await pages.open(session.shell.url, { locale });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Containers' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    }
  });
});
