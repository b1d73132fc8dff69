import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demultiplexer } from '../../electron/engine/log-frames.js';
import { lineSplitter } from '../../electron/util/lines.js';

const frame = (type: 1 | 2, text: string) => {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
};

describe('log frames', () => {
  test('multiplexed frames split at any byte come out whole and tagged', () => {
    const bytes = Buffer.concat([frame(1, 'out one\nout '), frame(2, 'err\n'), frame(1, 'two\n')]);
    for (let cut = 1; cut < bytes.length; cut += 3) {
      const lines: string[] = [];
      const splitters = { stdout: lineSplitter((l) => lines.push(`o:${l}`)), stderr: lineSplitter((l) => lines.push(`e:${l}`)) };
      const feed = demultiplexer((stream, payload) => splitters[stream].push(payload));
      feed(bytes.subarray(0, cut));
      feed(bytes.subarray(cut));
      assert.deepEqual(lines, ['o:out one', 'e:err', 'o:out two'], `cut at ${cut}`);
    }
  });

  test('a last line without a newline is kept until flushed; CRLF from a TTY is trimmed', () => {
    const lines: string[] = [];
    const split = lineSplitter((l) => lines.push(l));
    split.push(Buffer.from('a\r\nb'));
    assert.deepEqual(lines, ['a']);
    split.flush();
    assert.deepEqual(lines, ['a', 'b']);
  });

  test('a multi-byte character split across chunks is not mangled', () => {
    const lines: string[] = [];
    const split = lineSplitter((l) => lines.push(l));
    const bytes = Buffer.from('héllo\n');
    split.push(bytes.subarray(0, 2));
    split.push(bytes.subarray(2));
    assert.deepEqual(lines, ['héllo']);
  });
});
