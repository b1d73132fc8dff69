import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import type { Core } from '../../electron/core.js';
import { startWebShell, type WebShell } from '../../electron/web/server.js';
import { startCore } from '../support/core.js';
import { docker, testEnv, uniqueName, waitFor } from '../support/env.js';
import { connectWs } from '../support/ws-client.js';

let core: Core;
let shell: WebShell;

/** Tries a WebSocket upgrade and reports the HTTP status it was answered with (101 when accepted). */
function upgradeStatus(pathAndQuery: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${shell.port}${pathAndQuery}`, { headers });
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

function get(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: shell.port, path: pathname, headers }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers });
      })
      .once('error', reject);
  });
}

describe('web shell', () => {
  before(async () => {
    core = await startCore();
    shell = await startWebShell({ router: core.router, rendererDir: path.resolve('dist/renderer') });
  });
  after(async () => {
    await shell.close();
    core.dispose();
  });

  test('listens on loopback at a random port and prints a URL with a long random token', () => {
    assert.match(shell.url, /^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{32,}$/);
    assert.ok(shell.port > 0);
  });

  test('no token, a wrong token, a foreign Origin or a foreign Host is refused before any operation runs', async () => {
    const good = `/api?token=${shell.token}`;
    const origin = `http://127.0.0.1:${shell.port}`;
    assert.equal(await upgradeStatus('/api'), 401, 'no token');
    // Its last character changed (to x, or to y when it was x: a token ending in x once made this its own token).
    const wrong = `${shell.token.slice(0, -1)}${shell.token.endsWith('x') ? 'y' : 'x'}`;
    assert.equal(await upgradeStatus(`/api?token=${wrong}`), 401, 'wrong token');
    assert.equal(await upgradeStatus('/api?token='), 401, 'empty token');
    assert.equal(await upgradeStatus(good, { Origin: 'http://evil.example' }), 403, 'foreign origin');
    assert.equal(await upgradeStatus(good, { Origin: `http://127.0.0.1:${shell.port + 1}` }), 403, 'other local port');
    assert.equal(await upgradeStatus(good, { Host: `evil.example:${shell.port}` }), 403, 'foreign host (DNS rebinding)');
    assert.equal(await upgradeStatus(`/other?token=${shell.token}`), 404, 'only /api upgrades');
    assert.equal(await upgradeStatus(good, { Origin: origin }), 101, 'the page’s own origin is accepted');
    assert.equal(await upgradeStatus(good), 101, 'a script without Origin but with the token is accepted');
  });

  test('static files refuse a foreign Host and carry the CSP', async () => {
    assert.equal((await get('/', { Host: 'evil.example' })).status, 421);
    const page = await get('/');
    assert.ok([200, 503].includes(page.status));
    if (page.status === 200) assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
  });

  test('the wire format: calls, errors and streams with cancel, as a script would drive them', async () => {
    const raw = new WebSocket(`ws://127.0.0.1:${shell.port}/api?token=${shell.token}`);
    await new Promise((resolve) => raw.once('open', resolve));
    const frames: Record<string, unknown>[] = [];
    raw.on('message', (data) => frames.push(JSON.parse(data.toString()) as Record<string, unknown>));
    raw.send(JSON.stringify({ id: 1, op: 'containers.list', input: {} }));
    raw.send(JSON.stringify({ id: 2, op: 'containers.start', input: { id: 42 } }));
    raw.send('not json');
    raw.send(JSON.stringify({ id: 3, op: 'engine.status', input: {} }));
    await waitFor(() => frames.some((f) => f.id === 1) && frames.some((f) => f.id === 2) && frames.some((f) => f.id === 3), 'replies');
    assert.ok(Array.isArray(frames.find((f) => f.id === 1)?.result));
    assert.equal((frames.find((f) => f.id === 2)?.error as { code: string }).code, 'INVALID_INPUT');
    assert.equal((frames.find((f) => f.id === -1)?.error as { code: string }).code, 'INVALID_INPUT');
    assert.equal((frames.find((f) => f.id === 3)?.event as { state: string }).state, 'connected');
    raw.send(JSON.stringify({ id: 3, cancel: true }));
    await waitFor(() => frames.some((f) => f.id === 3 && f.end === true), 'the stream’s end frame');
    raw.close();
  });

  test('the typed client over the WebSocket sees engine events; closing the socket ends its streams', async () => {
    const client = await connectWs(shell.port, shell.token);
    const name = uniqueName('ws');
    const actions: string[] = [];
    client.stream('engine.events', { types: ['container'] }, {
      onEvent: (event) => {
        if (event.kind === 'engine' && event.attributes.name === name) actions.push(event.action);
      },
    });
    // The session handles messages in order, so once a later call is answered the subscription is in place.
    await client.call('containers.list', { ids: [] });
    await docker('run', '-d', '--name', name, testEnv().image, 'true');
    await waitFor(() => actions.includes('die'), 'events for the new container');
    await docker('rm', name);
    const before = core.connection.eventSubscribers;
    client.close();
    await waitFor(() => core.connection.eventSubscribers === before - 1, 'the server to drop the subscription');
  });
});

describe('host operations in the web shell', () => {
  test('no native dialogs: host.info says so and host.pickPath refuses with the way out', async () => {
    const core = await startCore();
    try {
      assert.deepEqual(await core.caller.call('host.info', {}), { shell: 'web', nativeDialogs: false, platform: process.platform });
      await assert.rejects(core.caller.call('host.pickPath', { purpose: 'folder' }), { code: 'INVALID_INPUT', message: /type the path/ });
    } finally {
      core.dispose();
    }
  });
});
