import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import type { Core } from '../../electron/core.js';
import { startWebShell, type WebShell } from '../../electron/web/server.js';
import { createClient } from '../../shared/client.js';
import type { ContainerSummary } from '../../shared/contract/containers.js';
import type { EngineEvent } from '../../shared/contract/engine.js';
import type { ClientMessage, ServerMessage } from '../../shared/protocol.js';
import { startCore } from '../support/core.js';
import { docker, testEnv, uniqueName, waitFor } from '../support/env.js';
import { helpersLeft, removeVolumesNamed } from '../support/volumes.js';

/*
 * Calls cancelled over the real web shell WebSocket, against the real engine: a clone and folder listings of a
 * volume big enough (256 MiB of zeros) that they take seconds, so the cancel lands while they run.
 */

const prefix = uniqueName('cancel');
const big = `${prefix}-big`;
const BIG_MIB = 256;

let core: Core;
let shell: WebShell;

interface Wire {
  socket: WebSocket;
  received: ServerMessage[];
  send(message: ClientMessage): void;
  answerTo(id: number): Promise<ServerMessage>;
}

async function openWire(): Promise<Wire> {
  const socket = new WebSocket(`ws://127.0.0.1:${shell.port}/api?token=${encodeURIComponent(shell.token)}`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const received: ServerMessage[] = [];
  socket.on('message', (data) => received.push(JSON.parse(data.toString()) as ServerMessage));
  return {
    socket,
    received,
    send: (message) => socket.send(JSON.stringify(message)),
    answerTo: (id) => waitFor(() => received.find((m) => m.id === id && ('result' in m || 'error' in m)), `the answer to request ${id}`, 60_000),
  };
}

/**
 * Calls `found` with the id of each helper container of this purpose the engine creates with `volume` mounted
 * (other test files run beside this one and make helpers of their own); returns the unsubscribe.
 */
function onHelperCreated(purpose: string, volume: string, found: (id: string) => void): () => void {
  const subscription = core.connection.onEvent((event: EngineEvent) => {
    if (event.kind !== 'engine' || event.type !== 'container' || event.action !== 'create') return;
    if (!event.attributes.name?.startsWith(`berth-helper-${purpose}-`)) return;
    // Listed, not inspected: the engine holds a container's inspect while its archive is being read.
    void core.connection
      .docker()
      .listContainers({ all: true, filters: { id: [event.id], volume: [volume] } })
      .then(
        (rows) => rows.length > 0 && found(event.id),
        () => undefined,
      );
  });
  return () => subscription.dispose();
}

/** Resolves when a helper of this purpose with `volume` mounted has been created. */
function helperCreated(purpose: string, volume: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = onHelperCreated(purpose, volume, () => {
      stop();
      resolve();
    });
  });
}

const volumeExists = async (name: string) => (await docker('volume', 'ls', '-q', '--filter', `name=^${name}$`)) !== '';
const errorCode = (message: ServerMessage) => ('error' in message ? message.error.code : `no error: ${JSON.stringify(message).slice(0, 200)}`);
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('cancelling calls', () => {
  before(async () => {
    core = await startCore();
    shell = await startWebShell({ router: core.router, rendererDir: path.resolve('dist/renderer') });
    await docker('volume', 'create', big);
    await docker('run', '--rm', '--network', 'none', '-v', `${big}:/data`, testEnv().image, 'dd', 'if=/dev/zero', 'of=/data/zeros', 'bs=1M', `count=${BIG_MIB}`);
  });
  after(async () => {
    await shell.close();
    core.dispose();
    await removeVolumesNamed(prefix);
  });

  test('a cancel frame stops a clone mid-copy: answered CANCELLED, no target volume and no helper left', async () => {
    const target = `${prefix}-clone-a`;
    const wire = await openWire();
    try {
      const writer = helperCreated('clone', target);
      wire.send({ id: 1, op: 'volumes.clone', input: { source: big, target } });
      await writer;
      await settle(500); // into the copy, which takes seconds
      wire.send({ id: 1, cancel: true });
      assert.equal(errorCode(await wire.answerTo(1)), 'CANCELLED');
      assert.equal(await volumeExists(target), false, 'the half-made target volume is removed before the answer');
      assert.equal(await helpersLeft(prefix), '', 'both helpers are removed before the answer');
      assert.equal(await volumeExists(big), true, 'the source is untouched');
    } finally {
      wire.socket.close();
    }
  });

  test('the connection closing mid-clone stops it the same way', async () => {
    const target = `${prefix}-clone-b`;
    const wire = await openWire();
    const writer = helperCreated('clone', target);
    wire.send({ id: 7, op: 'volumes.clone', input: { source: big, target } });
    await writer;
    await settle(500);
    assert.equal(await volumeExists(target), true, 'the clone is under way');
    wire.socket.terminate();
    await waitFor(async () => !(await volumeExists(target)) && (await helpersLeft(prefix)) === '', 'the target volume and the helpers to be removed', 30_000);
  });

  test('two windows joined on one listing: the one that cancels is answered CANCELLED at once, the other gets the whole listing', async () => {
    const [first, second] = [await openWire(), await openWire()];
    let helpers = 0;
    const stopCounting = onHelperCreated('browse', big, () => helpers++);
    try {
      const browsing = helperCreated('browse', big);
      first.send({ id: 1, op: 'volumes.files.list', input: { name: big, path: '/' } });
      second.send({ id: 1, op: 'volumes.files.list', input: { name: big, path: '/' } });
      await browsing;
      first.send({ id: 1, cancel: true });
      assert.equal(errorCode(await first.answerTo(1)), 'CANCELLED');
      assert.equal(second.received.length, 0, 'the other window is still waiting');
      const answer = await second.answerTo(1);
      assert.ok('result' in answer, `the other window's answer: ${JSON.stringify(answer).slice(0, 200)}`);
      const listing = answer.result as { entries: { name: string; sizeBytes: number }[] };
      assert.deepEqual(listing.entries.map((e) => [e.name, e.sizeBytes]), [['zeros', BIG_MIB * 1024 * 1024]]);
      assert.equal(helpers, 1, 'one run served both windows: it was neither aborted nor started again');
      await waitFor(async () => (await helpersLeft(prefix)) === '', 'the browse helper to be removed');
    } finally {
      stopCounting();
      first.socket.close();
      second.socket.close();
    }
  });

  test("the typed client's signal sends the cancel frame and rejects with an AbortError; the server answers CANCELLED", async () => {
    const wire = await openWire();
    const sent: ClientMessage[] = [];
    const client = createClient({
      send: (message) => {
        sent.push(message);
        wire.send(message);
      },
      onMessage: (receive) => wire.socket.on('message', (data) => receive(JSON.parse(data.toString()) as ServerMessage)),
    });
    try {
      const controller = new AbortController();
      const browsing = helperCreated('browse', big);
      const listing = client.call('volumes.files.list', { name: big, path: '/' }, { signal: controller.signal });
      await browsing;
      controller.abort();
      await assert.rejects(listing, { name: 'AbortError', code: 'CANCELLED' });
      const request = sent.find((m) => 'op' in m);
      assert.ok(request, 'the call went out');
      assert.deepEqual(sent.at(-1), { id: request.id, cancel: true }, 'the abort went out as a cancel frame for the call');
      assert.equal(errorCode(await wire.answerTo(request.id)), 'CANCELLED', 'the server stopped the listing');
      await waitFor(async () => (await helpersLeft(prefix)) === '', 'the browse helper to be removed');
    } finally {
      wire.socket.close();
    }
  });

  test('the in-process caller is typed from the contract and validates input at run time, as the wire does', async () => {
    const rows: ContainerSummary[] = await core.caller.call('containers.list', { all: true });
    assert.ok(Array.isArray(rows));
    // @ts-expect-error `all` is a boolean in the contract: the compiler refuses a string
    await assert.rejects(core.caller.call('containers.list', { all: 'yes' }), { code: 'INVALID_INPUT', message: /all/ });
    // @ts-expect-error no such operation in the contract
    await assert.rejects(core.caller.call('containers.explode', {}), { code: 'INVALID_INPUT', message: /Unknown operation/ });
    const controller = new AbortController();
    const target = `${prefix}-clone-c`;
    const writer = helperCreated('clone', target);
    const cloning = core.caller.call('volumes.clone', { source: big, target }, { signal: controller.signal });
    await writer;
    controller.abort();
    await assert.rejects(cloning, { code: 'CANCELLED' });
    assert.equal(await volumeExists(target), false);
    assert.equal(await helpersLeft(prefix), '');
  });
});
