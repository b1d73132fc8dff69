import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { waitFor } from '../support/env.js';
import { frame, rawHttpStatus, rawWebSocket, textFrame } from '../support/raw-wire.js';
import { startWebShellProcess, type RunningWebShell } from '../support/web-shell.js';
import { connectWs } from '../support/ws-client.js';

let shell: RunningWebShell;

/** The process is alive and a new client is served: what every hostile input below must leave true. */
async function assertStillServing(after: string): Promise<void> {
  assert.equal(shell.process.exitCode, null, `the web shell exited after ${after}`);
  assert.equal(await rawHttpStatus(shell.port, '/'), 200, `static files after ${after}`);
  const client = await connectWs(shell.port, shell.token);
  try {
    assert.equal((await client.call('host.info', {})).shell, 'web', `a call after ${after}`);
  } finally {
    client.close();
  }
}

const MB = 1024 * 1024;

describe('web shell boundary: hostile bytes close one request or connection, never the process', () => {
  before(async () => {
    shell = await startWebShellProcess();
  });
  after(async () => {
    await shell.stop();
  });

  test('malformed percent-encoding in HTTP paths is a 400, and the shell keeps serving', async () => {
    for (const target of ['/%zz', '/assets/%', '/%E0%A4%A', '/%c0%ae', '/%', '/%00']) {
      assert.equal(await rawHttpStatus(shell.port, target), 400, target);
      await assertStillServing(`GET ${target}`);
    }
  });

  test('a binary frame, even of valid JSON, is answered with a clear error and the connection goes on', async () => {
    const raw = await rawWebSocket(shell.port, shell.token);
    raw.write(frame({ opcode: 0x2, payload: Buffer.from(JSON.stringify({ id: 1, op: 'host.info', input: {} })) }));
    raw.write(textFrame(JSON.stringify({ id: 2, op: 'host.info', input: {} })));
    await waitFor(() => raw.messages.length >= 2, 'two answers');
    const [refusal, answer] = raw.messages as [{ id: number; error: { code: string; message: string } }, { id: number; result: unknown }];
    assert.equal(refusal.id, -1);
    assert.equal(refusal.error.code, 'INVALID_INPUT');
    assert.match(refusal.error.message, /binary/i);
    assert.equal(answer.id, 2);
    assert.ok(answer.result);
    raw.destroy();
  });

  const invalidUtf8 = Buffer.from([0x7b, 0xc3, 0x28, 0x7d]);
  const cases: { name: string; bytes: () => Buffer[]; code: number }[] = [
    { name: 'a text frame with invalid UTF-8', bytes: () => [frame({ opcode: 0x1, payload: invalidUtf8 })], code: 1007 },
    { name: 'an unmasked client frame', bytes: () => [frame({ opcode: 0x1, payload: Buffer.from('{}'), masked: false })], code: 1002 },
    { name: 'a reserved opcode', bytes: () => [frame({ opcode: 0x3, payload: Buffer.from('x') })], code: 1002 },
    { name: 'RSV1 without an extension', bytes: () => [frame({ opcode: 0x1, payload: Buffer.from('{}'), rsv1: true })], code: 1002 },
    { name: 'a control frame over 125 bytes', bytes: () => [frame({ opcode: 0x9, payload: Buffer.alloc(126) })], code: 1002 },
    { name: 'a continuation without a start', bytes: () => [frame({ opcode: 0x0, payload: Buffer.from('x') })], code: 1002 },
    { name: 'a close frame with code 999', bytes: () => [frame({ opcode: 0x8, payload: Buffer.from([0x03, 0xe7]) })], code: 1002 },
    { name: 'a 17 MB frame', bytes: () => [frame({ opcode: 0x1, payload: Buffer.alloc(17 * MB, 0x20) })], code: 1009 },
    { name: 'a 50 MB frame (its header)', bytes: () => [frame({ opcode: 0x1, payload: Buffer.alloc(1024, 0x20), claimedLength: 50 * MB })], code: 1009 },
    {
      name: 'fragments adding up to 17 MB',
      bytes: () => Array.from({ length: 17 }, (_, i) => frame({ opcode: i === 0 ? 0x1 : 0x0, fin: false, payload: Buffer.alloc(MB, 0x20) })),
      code: 1009,
    },
  ];
  for (const { name, bytes, code } of cases) {
    test(`${name} closes that connection with ${code}; others go on`, async () => {
      const bystander = await connectWs(shell.port, shell.token);
      const raw = await rawWebSocket(shell.port, shell.token);
      for (const chunk of bytes()) raw.write(chunk);
      assert.equal(await raw.closed, code);
      assert.equal((await bystander.call('host.info', {})).shell, 'web', 'a connection opened before is still served');
      bystander.close();
      await assertStillServing(name);
    });
  }
});

describe('web shell command line', () => {
  test('an unknown flag (--host 0.0.0.0) or a flag without its value is refused with the usage', async () => {
    for (const args of [['--host', '0.0.0.0'], ['--port'], ['--verbose']]) {
      await assert.rejects(startWebShellProcess(args), /exited \(2\)[\s\S]*usage: /, args.join(' '));
    }
  });
});
