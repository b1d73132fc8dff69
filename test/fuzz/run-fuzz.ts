import fs from 'node:fs';
import WebSocket from 'ws';
import { RECLAIM_QUIET_MS } from '../../electron/util/memory-reclaim.js';
import { contract, errorCodes, isOpName, type OpName } from '../../shared/contract/index.js';
import { docker } from '../support/env.js';
import { frame, rawHttpStatus, rawWebSocket, textFrame } from '../support/raw-wire.js';
import { startWebShellProcess } from '../support/web-shell.js';
import { MUTATIONS, mutatedInput, routerAccepts, seededRng, type Rng } from './generate.js';

/**
 * The fuzz run: starts the built web shell against the test engine and throws hostile input at it over every
 * channel a local peer has (WebSocket messages for every operation, binary and non-JSON frames, malformed
 * WebSocket framing, HTTP paths, streams opened and dropped by the thousand). Mutating operations only ever get
 * inputs their schema refuses; valid inputs go to read-only calls only, so the engine must end as it began.
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

/** What the engine holds: compared before and after the run. */
async function engineState(): Promise<Record<string, string>> {
  const [containers, images, volumes, networks] = await Promise.all([
    docker('ps', '-a', '--no-trunc', '--format', '{{.ID}} {{.Status}}'),
    docker('images', '-a', '--no-trunc', '-q'),
    docker('volume', 'ls', '-q'),
    docker('network', 'ls', '-q', '--no-trunc'),
  ]);
  // A container's "Up 3 minutes" changes with time alone; its id and whether it runs do not. The CLI lists
  // things with equal sort keys (images created in the same second) in no fixed order: compare sorted lines.
  const sorted = (text: string) => text.split('\n').sort().join('\n');
  return {
    containers: sorted(containers.replace(/Up [^\n]*/g, 'Up').replace(/Exited \((\d+)\)[^\n]*/g, 'Exited ($1)')),
    images: sorted(images),
    volumes: sorted(volumes),
    networks: sorted(networks),
  };
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

/** One message of the run, chosen by the seed. */
function nextMessage(rng: Rng, id: number, accepted: Map<string, number>): Outgoing {
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
  if (roll < 0.18) {
    const op = pick(rng, READ_ONLY_VALID);
    return { text: JSON.stringify({ id, op, input: {} }), id, invalid: false, label: `${op} (valid)` };
  }
  const op = pick(rng, OPS);
  const mutation = pick(rng, MUTATIONS);
  let input = mutatedInput(op, mutation, rng);
  if (routerAccepts(op, input)) {
    // The mutation left the input valid: never send that to an operation that may change something.
    const key = `${op} ${mutation}`;
    accepted.set(key, (accepted.get(key) ?? 0) + 1);
    input = '42';
  }
  const text = `{"id":${id},"op":${JSON.stringify(op)},"input":${input}}`;
  // A value JSON cannot carry (NaN) makes the whole message unreadable: its answer comes on id -1.
  return { text, id: isJson(text) ? id : null, invalid: true, label: `${op} ${mutation}` };
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

/** Sends messages in batches and waits for every answer of a batch (or a timeout) before the next. */
async function messagePhase(port: number, token: string, options: FuzzOptions, result: FuzzResult): Promise<void> {
  const rng = seededRng(options.seed);
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
  for (let sent = 0; sent < options.count; ) {
    const size = Math.min(BATCH, options.count - sent);
    for (let i = 0; i < size; i++) {
      const outgoing = nextMessage(rng, nextId++, result.acceptedMutations);
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
    if (socket.readyState !== socket.OPEN) throw new Error('the fuzz connection was closed by the server');
    options.log?.(`fuzz: ${sent}/${options.count} messages, ${result.unanswered} unanswered so far`);
  }
  socket.close();
}

/** 1,000 streams: half cancelled, half dropped with their connection. */
async function streamPhase(port: number, token: string, result: FuzzResult): Promise<void> {
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
  ['text then garbage', () => [textFrame('{"id":1,"op":"engine.info"}'), Buffer.from([0xff, 0xff, 0xff, 0xff])], 1002],
];
const BAD_PATHS = ['/%zz', '/assets/%', '/%E0%A4%A', '/%c0%ae', '/%', '/%00', '/%%', '/assets/%ff%fe', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd'];

async function wirePhase(port: number, token: string, result: FuzzResult): Promise<void> {
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
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const result: FuzzResult = {
    frames: 0,
    crashes: 0,
    unanswered: 0,
    badAnswers: [],
    acceptedMutations: new Map(),
    engineChanges: [],
    rssStartMb: 0,
    rssPeakMb: 0,
    rssAfterMb: 0,
  };
  const before = await engineState();
  const since = Math.floor(Date.now() / 1000) - 1;
  const shell = await startWebShellProcess();
  const pid = shell.process.pid!;
  const onExit = () => result.crashes++;
  shell.process.once('exit', onExit);
  try {
    // A first answer warms the process up (the engine connection, lazy modules), so the baseline is fair.
    const warm = await connect(shell.port, shell.token);
    warm.send(JSON.stringify({ id: 1, op: 'engine.info', input: {} }));
    await new Promise((resolve) => warm.once('message', resolve));
    warm.close();
    result.rssStartMb = rssMb(pid);
    result.rssPeakMb = result.rssStartMb;
    const sampler = setInterval(() => {
      if (shell.process.exitCode === null) result.rssPeakMb = Math.max(result.rssPeakMb, rssMb(pid));
    }, 100);
    try {
      await messagePhase(shell.port, shell.token, options, result);
      await streamPhase(shell.port, shell.token, result);
      await wirePhase(shell.port, shell.token, result);
    } finally {
      clearInterval(sampler);
    }
    // The web shell gives memory back once the traffic has been quiet for a while: measure after that.
    await new Promise((resolve) => setTimeout(resolve, RECLAIM_QUIET_MS + 3000));
    if (shell.process.exitCode === null) result.rssAfterMb = rssMb(pid);
  } finally {
    shell.process.off('exit', onExit);
    await shell.stop();
  }
  const after = await engineState();
  for (const key of Object.keys(before)) if (before[key] !== after[key]) result.engineChanges.push(`${key}: ${before[key]} → ${after[key]}`);
  const events = await docker('events', '--since', String(since), '--until', String(Math.floor(Date.now() / 1000) + 1), '--format', '{{.Type}} {{.Action}} {{.Actor.ID}}');
  if (events) result.engineChanges.push(...events.split('\n').map((line) => `event: ${line}`));
  return result;
}
