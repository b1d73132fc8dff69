import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { RECLAIM_QUIET_MS } from '../../electron/util/memory-reclaim.js';
import { contract, errorCodes, isOpName, type OpName } from '../../shared/contract/index.js';
import { countingProxy, type EngineRequest } from '../support/counting-proxy.js';
import { testEnv } from '../support/env.js';
import { frame, rawHttpStatus, rawWebSocket, textFrame } from '../support/raw-wire.js';
import { startWebShellProcess } from '../support/web-shell.js';
import { engineEvents, engineState, makeFuzzFixtures, removeFuzzFixtures } from './engine-state.js';
import { MUTATIONS, mutatedInput, routerAccepts, seededRng, sweepInputs, type Rng } from './generate.js';
import { makeScratchHost } from './host-state.js';

/**
 * The fuzz run: starts the built web shell against the test engine and throws hostile input at it over every
 * channel a local peer has (WebSocket messages for every operation, binary and non-JSON frames, malformed
 * WebSocket framing, HTTP paths, streams opened and dropped by the thousand). Mutating operations only ever get
 * inputs their schema refuses; valid inputs go to read-only calls only, so the engine and the host must end as
 * they began. The web shell reaches the engine through a counting proxy: a stretch of invalid frames must make
 * no engine request at all.
 */

export interface FuzzOptions {
  count: number;
  seed: number;
  log?(line: string): void;
}

export interface FuzzResult {
  frames: number;
  /** The web shell process exited during the run. */
  crashes: number;
  /** Frames with no answer (an id that was never replied to, or a missing reply on id -1). */
  unanswered: number;
  /** Answers that are not {code, message} with a known code, or invalid input answered other than INVALID_INPUT. */
  badAnswers: string[];
  /** Inputs the generator meant to break but the schema accepted (not sent; listed so that schemas can be tightened). */
  acceptedMutations: Map<string, number>;
  engineChanges: string[];
  /** Files of the scratch host (and watched system files) that changed. */
  hostChanges: string[];
  /** Engine requests made while only invalid input was in flight (and any but GET while valid reads were). */
  engineRequestsForInvalid: string[];
  /** Frames of the sweep (every operation and mutation, every path-like field and traversal), part of `frames`. */
  sweepFrames: number;
  rssStartMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
}

/** Read-only calls that may get valid input: they answer from the engine without changing it. */
const READ_ONLY_VALID: OpName[] = ['engine.info', 'engines.list', 'containers.list', 'images.list', 'networks.list', 'registries.list', 'settings.get', 'host.info'];
const OPS = Object.keys(contract).filter(isOpName);
const BATCH = 100;
const MB = 1024 * 1024;

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

interface Outgoing {
  text?: string;
  binary?: Buffer;
  /** The id the answer must carry; null: the answer comes on id -1. */
  id: number | null;
  /** The input is invalid: the only right answer is INVALID_INPUT. */
  invalid: boolean;
  label: string;
}

/** One message of the run, chosen by the seed; valid read-only calls only when `withValid` (a quarter of them). */
function nextMessage(rng: Rng, id: number, accepted: Map<string, number>, withValid: boolean): Outgoing {
  const roll = rng();
  if (roll < 0.03) return { binary: Buffer.from(JSON.stringify({ id, op: 'engine.info', input: {} })), id: null, invalid: true, label: 'binary frame' };
  if (roll < 0.06) {
    const text = JSON.stringify({ id, op: 'containers.list', input: {} });
    const broken = text.slice(0, Math.floor(rng() * (text.length - 1))) + (rng() < 0.5 ? '' : '}}');
    // A cut that happens to close every brace ('…"input":{' + '}}') is a valid call again: break it for sure.
    return { text: isJson(broken) ? `${broken},` : broken, id: null, invalid: true, label: 'invalid JSON' };
  }
  if (roll < 0.09) {
    const badId = rng() < 0.5 ? '1e999' : String(rng() < 0.5 ? -5 : 2 ** 53 + 2);
    return { text: `{"id":${badId},"op":"engine.info","input":{}}`, id: null, invalid: true, label: `id ${badId}` };
  }
  if (roll < 0.11) return { text: JSON.stringify({ id, op: pick(rng, ['nope', 'containers', 'constructor', '__proto__', 'containers.list.x']), input: {} }), id, invalid: true, label: 'unknown op' };
  if (roll < 0.13) return { text: JSON.stringify({ id, op: 'containers.list', input: {}, extra: 1 }), id, invalid: true, label: 'extra envelope key' };
  if (withValid && roll < 0.38) {
    const op = pick(rng, READ_ONLY_VALID);
    return { text: JSON.stringify({ id, op, input: {} }), id, invalid: false, label: `${op} (valid)` };
  }
  const op = pick(rng, OPS);
  const mutation = pick(rng, MUTATIONS);
  return invalidCall(id, op, `${op} ${mutation}`, `${op} ${mutation}`, mutatedInput(op, mutation, rng), accepted);
}

/** A call of `op` with a broken input; `key` counts the inputs that turned out valid (those are never sent). */
function invalidCall(id: number, op: OpName, label: string, key: string, input: string, accepted: Map<string, number>): Outgoing {
  if (routerAccepts(op, input)) {
    // The mutation left the input valid: never send that to an operation that may change something.
    accepted.set(key, (accepted.get(key) ?? 0) + 1);
    input = '42';
  }
  const text = `{"id":${id},"op":${JSON.stringify(op)},"input":${input}}`;
  // A value JSON cannot carry (NaN) makes the whole message unreadable: its answer comes on id -1.
  return { text, id: isJson(text) ? id : null, invalid: true, label };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function checkAnswer(message: Record<string, unknown>, outgoing: Outgoing | undefined, bad: string[]): void {
  const label = outgoing?.label ?? `id ${String(message.id)}`;
  if ('result' in message && outgoing && !outgoing.invalid) return;
  const error = message.error as { code?: unknown; message?: unknown } | undefined;
  if (!error || typeof error.message !== 'string' || !errorCodes.includes(error.code as never)) {
    bad.push(`${label}: ${JSON.stringify(message).slice(0, 300)}`);
    return;
  }
  if ((outgoing?.invalid ?? true) && error.code !== 'INVALID_INPUT') bad.push(`${label}: answered ${String(error.code)}: ${error.message.slice(0, 200)}`);
}

async function connect(port: number, token: string): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/api?token=${encodeURIComponent(token)}`, { maxPayload: 64 * MB });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return socket;
}

/** Engine requests since `from`, as "METHOD path" lines. */
const requestsSince = (requests: EngineRequest[], from: number) => requests.slice(from).map((r) => `${r.method} ${r.path}`);

/**
 * Sends the sweep, then `count` messages chosen by the seed, in batches, waiting for every answer of a batch (or
 * a timeout) before the next. Every fourth batch of the random part mixes in valid read-only calls; the others
 * hold only invalid input and must make no engine request.
 */
async function messagePhase(port: number, token: string, options: FuzzOptions, requests: EngineRequest[], result: FuzzResult): Promise<void> {
  const rng = seededRng(options.seed);
  const sweep = sweepInputs(options.seed);
  const total = sweep.length + options.count;
  const socket = await connect(port, token);
  const pending = new Map<number, Outgoing>();
  let anonymousExpected = 0;
  let anonymousSeen = 0;
  let wake = () => {};
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Record<string, unknown>;
    const id = message.id as number;
    if (id === -1) {
      anonymousSeen++;
      checkAnswer(message, undefined, result.badAnswers);
    } else {
      checkAnswer(message, pending.get(id), result.badAnswers);
      pending.delete(id);
    }
    wake();
  });
  let nextId = 1;
  for (let sent = 0, batch = 0; sent < total; batch++) {
    const size = Math.min(BATCH, total - sent);
    const withValid = sent >= sweep.length && batch % 4 === 3;
    const requestsBefore = requests.length;
    for (let i = 0; i < size; i++) {
      const id = nextId++;
      const swept = sweep[sent + i];
      const outgoing = swept
        ? invalidCall(id, swept.op, swept.label, `sweep ${swept.label.replace(/=.*/, '')}`, swept.input, result.acceptedMutations)
        : nextMessage(rng, id, result.acceptedMutations, withValid);
      if (outgoing.id === null) anonymousExpected++;
      else pending.set(outgoing.id, outgoing);
      if (outgoing.binary) socket.send(outgoing.binary, { binary: true });
      else socket.send(outgoing.text!);
    }
    sent += size;
    result.frames += size;
    const deadline = Date.now() + 60_000;
    while ((pending.size > 0 || anonymousSeen < anonymousExpected) && Date.now() < deadline && socket.readyState === socket.OPEN) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 1000);
      });
    }
    if (pending.size > 0 || anonymousSeen < anonymousExpected) {
      result.unanswered += pending.size + Math.max(0, anonymousExpected - anonymousSeen);
      for (const outgoing of pending.values()) result.badAnswers.push(`${outgoing.label}: no answer`);
      pending.clear();
      anonymousSeen = anonymousExpected;
    }
    const made = requestsSince(requests, requestsBefore);
    const wrong = withValid ? made.filter((line) => !line.startsWith('GET ')) : made;
    result.engineRequestsForInvalid.push(...wrong.map((line) => `batch ${batch}${withValid ? ' (with valid reads)' : ''}: ${line}`));
    if (socket.readyState !== socket.OPEN) throw new Error('the fuzz connection was closed by the server');
    options.log?.(`fuzz: ${sent}/${total} messages, ${result.unanswered} unanswered so far`);
  }
  result.sweepFrames = sweep.length;
  socket.close();
}

/** 1,000 streams: half cancelled, half dropped with their connection. */
async function streamPhase(port: number, token: string, requests: EngineRequest[], result: FuzzResult): Promise<void> {
  const requestsBefore = requests.length;
  for (const ending of ['cancel', 'drop'] as const) {
    const socket = await connect(port, token);
    let events = 0;
    socket.on('message', () => events++);
    for (let id = 1; id <= 500; id++) socket.send(JSON.stringify({ id, op: id % 2 ? 'engine.status' : 'engine.events', input: {} }));
    result.frames += 500;
    // engine.status answers each subscription at once with the current state.
    const deadline = Date.now() + 30_000;
    while (events < 250 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    if (events < 250) result.unanswered += 250 - events;
    if (ending === 'cancel') for (let id = 1; id <= 500; id++) socket.send(JSON.stringify({ id, cancel: true }));
    socket.terminate();
  }
  // Valid streams of the engine's state and events: reads of the one shared connection at most.
  const wrong = requestsSince(requests, requestsBefore).filter((line) => !line.startsWith('GET '));
  result.engineRequestsForInvalid.push(...wrong.map((line) => `streams: ${line}`));
}

const MALFORMED_FRAMES: [string, () => Buffer[], number][] = [
  ['invalid UTF-8', () => [frame({ opcode: 0x1, payload: Buffer.from([0x7b, 0xc3, 0x28, 0x7d]) })], 1007],
  ['unmasked', () => [frame({ opcode: 0x1, payload: Buffer.from('{}'), masked: false })], 1002],
  ['reserved opcode', () => [frame({ opcode: 0xb, payload: Buffer.from('x') })], 1002],
  ['RSV1', () => [frame({ opcode: 0x1, payload: Buffer.from('{}'), rsv1: true })], 1002],
  ['control frame > 125', () => [frame({ opcode: 0x9, payload: Buffer.alloc(200) })], 1002],
  ['continuation first', () => [frame({ opcode: 0x0, payload: Buffer.from('x') })], 1002],
  ['close code 999', () => [frame({ opcode: 0x8, payload: Buffer.from([0x03, 0xe7]) })], 1002],
  ['17 MB frame', () => [frame({ opcode: 0x1, payload: Buffer.alloc(17 * MB, 0x20) })], 1009],
  ['50 MB header', () => [frame({ opcode: 0x1, payload: Buffer.alloc(1024), claimedLength: 50 * MB })], 1009],
  ['17 MB of fragments', () => Array.from({ length: 17 }, (_, i) => frame({ opcode: i ? 0x0 : 0x1, fin: false, payload: Buffer.alloc(MB, 0x20) })), 1009],
  // An invalid call, then bytes that are no frame: the phase must make no engine request at all.
  ['text then garbage', () => [textFrame('{"id":1,"op":"containers.inspect","input":{}}'), Buffer.from([0xff, 0xff, 0xff, 0xff])], 1002],
];
const BAD_PATHS = ['/%zz', '/assets/%', '/%E0%A4%A', '/%c0%ae', '/%', '/%00', '/%%', '/assets/%ff%fe', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd'];

async function wirePhase(port: number, token: string, requests: EngineRequest[], result: FuzzResult): Promise<void> {
  const requestsBefore = requests.length;
  for (const [name, bytes, code] of MALFORMED_FRAMES) {
    const raw = await rawWebSocket(port, token);
    for (const chunk of bytes()) raw.write(chunk);
    const closedWith = await raw.closed;
    result.frames++;
    if (closedWith !== code) result.badAnswers.push(`raw frame ${name}: closed with ${String(closedWith)}, expected ${code}`);
  }
  for (const target of BAD_PATHS) {
    const status = await rawHttpStatus(port, target);
    result.frames++;
    // A traversal decodes fine and falls back to index.html (200); a malformed sequence is a 400.
    if (status !== 400 && status !== 200) result.badAnswers.push(`GET ${target}: ${status}`);
  }
  result.engineRequestsForInvalid.push(...requestsSince(requests, requestsBefore).map((line) => `malformed frames and paths: ${line}`));
}

/** Waits until the web shell has made no engine request for `quietMs` (its start-up reads, the warm-up call). */
async function engineQuiet(requests: EngineRequest[], quietMs = 1000): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (let seen = -1; seen !== requests.length && Date.now() < deadline; ) {
    seen = requests.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const result: FuzzResult = {
    frames: 0,
    crashes: 0,
    unanswered: 0,
    badAnswers: [],
    acceptedMutations: new Map(),
    engineChanges: [],
    hostChanges: [],
    engineRequestsForInvalid: [],
    sweepFrames: 0,
    rssStartMb: 0,
    rssPeakMb: 0,
    rssAfterMb: 0,
  };
  await makeFuzzFixtures();
  const host = makeScratchHost();
  const proxyPath = path.join(os.tmpdir(), `berth-fuzz-${process.pid}.sock`);
  const proxy = await countingProxy(proxyPath, testEnv().socket);
  try {
    const before = await engineState();
    const since = Date.now() / 1000;
    const shell = await startWebShellProcess([], host.env, { engine: `unix://${proxyPath}`, cwd: host.cwd });
    const pid = shell.process.pid!;
    const onExit = () => result.crashes++;
    shell.process.once('exit', onExit);
    let hostBefore: string[] = [];
    let hostAfter: string[] = [];
    try {
      // A first answer warms the process up (the engine connection, lazy modules), so the baseline is fair.
      const warm = await connect(shell.port, shell.token);
      warm.send(JSON.stringify({ id: 1, op: 'engine.info', input: {} }));
      await new Promise((resolve) => warm.once('message', resolve));
      warm.close();
      await engineQuiet(proxy.requests);
      hostBefore = host.snapshot();
      result.rssStartMb = rssMb(pid);
      result.rssPeakMb = result.rssStartMb;
      const sampler = setInterval(() => {
        if (shell.process.exitCode === null) result.rssPeakMb = Math.max(result.rssPeakMb, rssMb(pid));
      }, 100);
      try {
        await messagePhase(shell.port, shell.token, options, proxy.requests, result);
        await streamPhase(shell.port, shell.token, proxy.requests, result);
        await wirePhase(shell.port, shell.token, proxy.requests, result);
      } finally {
        clearInterval(sampler);
      }
      // The web shell gives memory back once the traffic has been quiet for a while: measure after that.
      await new Promise((resolve) => setTimeout(resolve, RECLAIM_QUIET_MS + 3000));
      if (shell.process.exitCode === null) result.rssAfterMb = rssMb(pid);
      hostAfter = host.snapshot();
    } finally {
      shell.process.off('exit', onExit);
      await shell.stop();
    }
    const after = await engineState();
    for (const key of Object.keys(before)) if (before[key] !== after[key]) result.engineChanges.push(`${key}: ${before[key]} → ${after[key]}`);
    result.engineChanges.push(...(await engineEvents(since, Date.now() / 1000 + 1)).map((line) => `event: ${line}`));
    const kept = new Set(hostAfter);
    const had = new Set(hostBefore);
    result.hostChanges.push(...hostBefore.filter((line) => !kept.has(line)).map((line) => `gone or changed: ${line}`));
    result.hostChanges.push(...hostAfter.filter((line) => !had.has(line)).map((line) => `new or changed: ${line}`));
  } finally {
    proxy.close();
    host.remove();
    await removeFuzzFixtures();
  }
  return result;
}
