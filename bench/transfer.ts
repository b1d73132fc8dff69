// bench/transfer.ts: a ~50 MB image pushed to and pulled from the test registry through Berth (images.push and
// images.pull over the web shell's WebSocket) and through the docker CLI, alternating in one run.
// Last line: `transfer: push_ratio=… pull_ratio=…` (Berth's median time over the CLI's; ≤ 1.05 is the goal).
//
// What makes it fair:
// - Every push uploads the whole layer: each one pushes an image of its own (fresh random bytes) to a fresh
//   repository. Pushing a layer the registry already holds is nearly free ("Layer already exists"), and dockerd
//   mounts a blob it pushed to another repository of the same registry instead of uploading it again.
// - Every pull downloads the whole layer: the image is removed from the engine before each pull; the base
//   layers (the fixture's, 2 MB) stay for both.
// - Berth and the CLI take turns going first, and both use the same login (a DOCKER_CONFIG made for the run,
//   with the registry's `auths` entry: the CLI reads it, and so does Berth's credential lookup in the web shell).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import type { BerthClient } from '../shared/client.js';
import type { TransferEvent } from '../shared/contract/images.js';
import { engineUrl, testEnv } from '../test/support/env.js';
import { startWebShellProcess } from '../test/support/web-shell.js';
import { connectWs } from '../test/support/ws-client.js';
import { median } from './support/engine-http.js';

/** Each push round uploads two fresh layers (one each) that stay in the test registry: fewer rounds than pulls. */
const PUSH_ROUNDS = 6;
/** Pulls cost the registry nothing; more rounds steady the median on a shared machine. The first is a warm-up. */
const PULL_ROUNDS = 10;
const LAYER_BYTES = 50 * 1024 * 1024;
const run$ = promisify(execFile);

/** A push or pull through Berth, to its end; resolves with the result event. */
function transfer(client: BerthClient, op: 'images.push' | 'images.pull', reference: string): Promise<Extract<TransferEvent, { kind: 'done' }> & { layerBytes: number }> {
  return new Promise((resolve, reject) => {
    let layerBytes = 0;
    let done: Extract<TransferEvent, { kind: 'done' }> | null = null;
    client.stream(op, { reference }, {
      onEvent(event) {
        if (event.kind === 'progress') layerBytes = Math.max(layerBytes, ...event.layers.map((layer) => layer.currentBytes));
        if (event.kind === 'done') done = event;
      },
      onEnd(error) {
        if (error) reject(error);
        else if (!done) reject(new Error(`${op} ${reference} ended without a result`));
        else resolve({ ...done, layerBytes });
      },
    });
  });
}

export async function run(): Promise<void> {
  const env = testEnv();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-bench-transfer-'));
  const dockerConfig = path.join(work, 'docker-config');
  fs.mkdirSync(dockerConfig);
  const auth = Buffer.from(`${env.registryUser}:${env.registryPassword}`).toString('base64');
  fs.writeFileSync(path.join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [env.registry]: { auth } } }));
  // The web shell inherits this; so does every CLI run below.
  process.env.DOCKER_CONFIG = dockerConfig;
  const cli = async (...args: string[]) =>
    (await run$('docker', args, { env: { ...process.env, DOCKER_HOST: engineUrl(), DOCKER_CONFIG: dockerConfig }, maxBuffer: 64 * 1024 * 1024 })).stdout.trim();

  const context = path.join(work, 'context');
  fs.mkdirSync(context);
  fs.writeFileSync(path.join(context, 'Dockerfile'), `FROM ${env.image}\nCOPY blob /blob\n`);
  const run = `${process.pid}-${Date.now().toString(36)}`;
  const made: string[] = [];
  /** A fresh ~50 MB image under `reference` (random bytes: nothing to compress, nothing cached). */
  const build = async (reference: string) => {
    fs.writeFileSync(path.join(context, 'blob'), randomBytes(LAYER_BYTES));
    await cli('build', '-q', '-t', reference, context);
    made.push(reference);
  };
  const remove = (reference: string) => cli('rmi', reference).catch(() => '');

  const shell = await startWebShellProcess();
  const client = await connectWs(shell.port, shell.token);
  try {
    const pushes = { berth: [] as number[], cli: [] as number[] };
    console.log(`pushing: ${PUSH_ROUNDS} rounds, a fresh ${LAYER_BYTES / 1024 / 1024} MB layer to a fresh repository each time…`);
    for (let round = 0; round < PUSH_ROUNDS; round++) {
      const berthRef = `${env.registry}/berth-bench/push-${run}-${round}-berth:1`;
      const cliRef = `${env.registry}/berth-bench/push-${run}-${round}-cli:1`;
      await build(berthRef);
      await build(cliRef);
      const turns = [
        async () => {
          const t = performance.now();
          const result = await transfer(client, 'images.push', berthRef);
          pushes.berth.push(performance.now() - t);
          if (result.layerBytes < LAYER_BYTES) throw new Error(`Berth's push of ${berthRef} sent ${result.layerBytes} bytes: the layer was not uploaded`);
        },
        async () => {
          const t = performance.now();
          const out = await cli('push', cliRef);
          pushes.cli.push(performance.now() - t);
          if (!/: Pushed$/m.test(out)) throw new Error(`the CLI's push of ${cliRef} uploaded nothing:\n${out}`);
        },
      ];
      for (const turn of round % 2 === 0 ? turns : [...turns].reverse()) await turn();
      await remove(berthRef);
      await remove(cliRef);
      console.log(`  round ${round + 1}: berth ${pushes.berth.at(-1)!.toFixed(0)} ms, cli ${pushes.cli.at(-1)!.toFixed(0)} ms`);
    }

    const pullRef = `${env.registry}/berth-bench/pull-${run}:1`;
    await build(pullRef);
    await cli('push', pullRef);
    const digest = await cli('image', 'inspect', '--format', '{{index .RepoDigests 0}}', pullRef);
    const pulls = { berth: [] as number[], cli: [] as number[] };
    console.log(`pulling ${pullRef}: ${PULL_ROUNDS} rounds after a warm-up, removed from the engine before each pull…`);
    for (let round = -1; round < PULL_ROUNDS; round++) {
      const turns = [
        async () => {
          await remove(pullRef);
          const t = performance.now();
          const result = await transfer(client, 'images.pull', pullRef);
          if (round >= 0) pulls.berth.push(performance.now() - t);
          if (!digest.endsWith(result.digest ?? '?')) throw new Error(`Berth pulled ${result.digest}, the registry has ${digest}`);
        },
        async () => {
          await remove(pullRef);
          const t = performance.now();
          await cli('pull', '-q', pullRef);
          if (round >= 0) pulls.cli.push(performance.now() - t);
        },
      ];
      for (const turn of round % 2 === 0 ? turns : [...turns].reverse()) await turn();
      if (round >= 0) console.log(`  round ${round + 1}: berth ${pulls.berth.at(-1)!.toFixed(0)} ms, cli ${pulls.cli.at(-1)!.toFixed(0)} ms`);
    }

    const pushRatio = median(pushes.berth) / median(pushes.cli);
    const pullRatio = median(pulls.berth) / median(pulls.cli);
    console.log(`push p50: berth ${median(pushes.berth).toFixed(0)} ms, cli ${median(pushes.cli).toFixed(0)} ms`);
    console.log(`pull p50: berth ${median(pulls.berth).toFixed(0)} ms, cli ${median(pulls.cli).toFixed(0)} ms`);
    console.log(`transfer: push_ratio=${pushRatio.toFixed(2)} pull_ratio=${pullRatio.toFixed(2)}`);
  } finally {
    client.close();
    await shell.stop();
    for (const reference of made) await remove(reference);
    fs.rmSync(work, { recursive: true, force: true });
  }
}
