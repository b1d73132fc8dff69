/**
 * The core flows with the UI in 简体中文 (issue 12), found by their Chinese accessible names: run a container
 * from the dialog with a published port, read its logs and search them, a shell in the terminal, build an
 * image from a folder, sign in to the test registry and push. The language is chosen in Settings (saved and
 * applied at once, without a reload) in an English browser; the built web shell with a fresh `pass`-backed docker
 * config, real Chromium, the test engine and registry. What a test makes has a uniqueName() and is removed.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { freshCredentialStore } from '../support/credentials.js';
import { webShellSession } from '../support/e2e-session.js';
import { docker, freePort, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { waitForText } from '../support/ui.js';

/** Builds and pushes on a loaded two-core machine. */
const JOB_TIMEOUT = 120_000;

const prefix = uniqueName('zh');
const store = freshCredentialStore(true);
const cleanups: (() => unknown)[] = [];
const session = webShellSession({
  env: { DOCKER_CONFIG: store.dockerConfigDir, BERTH_DATA_DIR: store.dataDir, BERTH_VALIDATE_OUTPUTS: '1' },
  async cleanup() {
    await removeContainersNamed(prefix);
    for (const cleanup of cleanups.reverse()) await cleanup();
    fs.rmSync(path.dirname(store.dockerConfigDir), { recursive: true, force: true });
  },
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let page: Page;

async function go(hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

describe('the core flows in 简体中文 (web shell, Chromium, test engine and registry)', () => {
  test('Settings › Language: 简体中文 is saved and the whole UI changes at once, without a reload', async () => {
    page = await session.pages.open(session.shell.url, { viewport: { width: 1280, height: 860 } });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: '简体中文' }).click();
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: '设置', exact: true }).waitFor();
    await page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    // Saved: a new page (another browser context, an English browser) opens in Chinese.
    const again = await session.pages.open(session.shell.url);
    await again.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '容器', exact: true }).waitFor();
  });

  test('run a container from the dialog with a published port: it answers on that port', async () => {
    const name = `${prefix}-web`;
    const port = await freePort();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '容器', exact: true }).click();
    await page.getByRole('button', { name: '运行容器' }).click();
    const dialog = page.getByRole('dialog', { name: '运行容器' });
    await dialog.getByLabel('镜像', { exact: true }).fill(testEnv().image);
    await dialog.getByLabel('名称', { exact: true }).fill(name);
    await dialog.getByLabel('命令', { exact: true }).fill(`sh -c 'mkdir -p /www; echo 你好-berth > /www/index.html; seq 1 500 | sed "s/^/line-/"; httpd -f -p 80 -h /www'`);
    await dialog.getByRole('button', { name: '添加端口' }).click();
    await dialog.getByLabel('主机 IP 1', { exact: true }).fill('127.0.0.1');
    await dialog.getByLabel('主机端口 1', { exact: true }).fill(String(port));
    await dialog.getByLabel('容器端口 1', { exact: true }).fill('80');
    // The CLI line is the CLI's, in every language.
    await waitForText(dialog.getByTestId('run-command-preview'), new RegExp(`^docker run .*--name ${name} .*-p 127\\.0\\.0\\.1:${port}:80 `));
    await dialog.getByRole('button', { name: '运行', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name, exact: true }).waitFor();
    const body = await waitFor(async () => {
      const response = await fetch(`http://127.0.0.1:${port}/`).catch(() => null);
      return response?.ok ? response.text() : undefined;
    }, 'httpd to answer');
    assert.equal(body.trim(), '你好-berth');
  });

  test('logs: every line is there, and a search finds one, counted', async () => {
    const name = `${prefix}-web`;
    await waitFor(async () => (await docker('logs', name)).includes('line-500') || undefined, 'the container to print');
    await go(`#/containers/${name}?tab=logs`);
    await page.getByRole('heading', { name, exact: true }).waitFor();
    const log = page.getByRole('log', { name: `${name} 的日志` });
    await log.getByText('line-500', { exact: true }).waitFor();
    await page.getByLabel('搜索日志').fill('line-123');
    await waitForText(page.getByTestId('log-match-count'), /^1 \/ 1$/);
    await log.locator('mark[data-current="true"]').filter({ hasText: 'line-123' }).waitFor();
    await page.getByRole('button', { name: '正则表达式' }).waitFor();
  });

  test('terminal: a shell answers; its exit is said with its code, and it can reconnect', async () => {
    const name = `${prefix}-web`;
    await go(`#/containers/${name}?tab=terminal`);
    await waitForText(page.getByTestId('terminal-status'), /^已连接$/);
    const rows = page.locator('.xterm-rows');
    await waitForText(rows, /#/);
    await page.getByLabel(`${name} 的终端`).click();
    await page.keyboard.type('echo berth-$((6*7))\n');
    await waitForText(rows, /berth-42/);
    await page.keyboard.type('exit 3\n');
    await page.getByText('进程已退出，退出码 3').waitFor();
    await page.getByRole('button', { name: '重新连接' }).waitFor();
  });

  test('build from a folder, then push after signing in to the registry', { timeout: 300_000 }, async () => {
    const { registry, registryUser, registryPassword } = testEnv();
    const reference = `${registry}/berth-e2e/${prefix}:1`;
    cleanups.push(() => docker('rmi', '-f', reference).catch(() => undefined));
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-e2e-zh-build-'));
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
    fs.writeFileSync(path.join(folder, 'hello.txt'), `你好 ${prefix}\n`);
    fs.writeFileSync(path.join(folder, 'Dockerfile'), `FROM ${testEnv().image}\nCOPY hello.txt /hello.txt\nCMD ["cat", "/hello.txt"]\n`);

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '镜像', exact: true }).click();
    await page.getByRole('heading', { name: '镜像', level: 1 }).waitFor();
    await page.getByRole('button', { name: '构建镜像' }).click();
    const build = page.getByRole('dialog', { name: /^构建/ });
    await build.getByLabel('构建上下文文件夹').fill(folder);
    await build.getByRole('textbox', { name: '标签 1' }).fill(reference);
    await waitForText(build.getByTestId('cli-command'), new RegExp(`^docker build -t ${escape(reference)} ${escape(folder)}$`));
    await build.getByRole('button', { name: '构建', exact: true }).click();
    await build.getByRole('status', { name: '构建完成' }).waitFor({ timeout: JOB_TIMEOUT });
    const log = build.getByRole('log', { name: '构建日志' });
    await log.getByRole('group', { name: `第 1 步，共 3 步：FROM ${testEnv().image}` }).waitFor();
    await log.getByRole('group', { name: '第 2 步，共 3 步：COPY hello.txt /hello.txt' }).waitFor();
    await build.getByRole('button', { name: '关闭', exact: true }).click();
    await build.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: reference, exact: true }).waitFor();

    // Sign in on the Registries page, then push from the image's row.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '镜像仓库', exact: true }).click();
    await page.getByRole('button', { name: '登录镜像仓库' }).click();
    const login = page.getByRole('dialog', { name: '登录镜像仓库' });
    await login.getByLabel('服务器').fill(registry);
    await login.getByLabel('用户名').fill(registryUser);
    await login.getByLabel('密码或访问令牌').fill(registryPassword);
    await login.getByRole('button', { name: '登录', exact: true }).click();
    await login.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: registry, exact: true }).waitFor();

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '镜像', exact: true }).click();
    await page.getByRole('button', { name: `推送 ${reference}`, exact: true }).click();
    const push = page.getByRole('dialog', { name: `推送 ${reference}` });
    assert.equal(await push.getByLabel('推送为').inputValue(), reference);
    await waitForText(push.getByTestId('cli-command'), new RegExp(`^docker push ${escape(reference)}$`));
    await push.getByRole('button', { name: '推送', exact: true }).click();
    await push.getByRole('status', { name: `已推送 ${reference}` }).waitFor({ timeout: JOB_TIMEOUT });
    const digest = ((await push.getByTestId('transfer-digest').textContent()) ?? '').trim();
    assert.match(digest, /^sha256:[a-f0-9]{64}$/);
    assert.match(await docker('image', 'inspect', '--format', '{{json .RepoDigests}}', reference), new RegExp(escape(digest)));
  });
});
