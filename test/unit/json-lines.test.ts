import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BuildOutput } from '../../electron/services/images/build-output.js';
import { jsonLines } from '../../electron/util/json-lines.js';
import { lineSplitter } from '../../electron/util/lines.js';

const line = Buffer.from('{"name":"café-ü"}\n');
/** Every cut of the line into two chunks, among them the two inside the two bytes of "é" and of "ü". */
const cuts = [...Array(line.length - 1).keys()].map((at) => at + 1);

test('a JSON line split inside a multi-byte character comes out whole (it was "caf��-ü")', () => {
  assert.ok(cuts.includes(line.indexOf(Buffer.from('é')) + 1), 'one cut falls inside "é"');
  for (const at of cuts) {
    const values: { name: string }[] = [];
    const feed = jsonLines<{ name: string }>((value) => values.push(value));
    feed(line.subarray(0, at));
    feed(line.subarray(at));
    assert.deepEqual(values, [{ name: 'café-ü' }], `cut at byte ${at}`);
  }
});

test('byte at a time, many lines, blank and non-JSON lines skipped', () => {
  const values: unknown[] = [];
  const feed = jsonLines((value) => values.push(value));
  for (const byte of Buffer.from('{"a":"ä"}\n\nnot json\r\n{"b":"€"}\r\n')) feed(Buffer.from([byte]));
  assert.deepEqual(values, [{ a: 'ä' }, { b: '€' }]);
});

test('text and bytes mix in one splitter; flush hands on the unfinished last line', () => {
  const lines: string[] = [];
  const split = lineSplitter((text) => lines.push(text));
  split.push('one\ntw');
  split.push(Buffer.from('o\nthr'));
  split.flush();
  assert.deepEqual(lines, ['one', 'two', 'thr']);
});

test('build output fragments are cut into lines by the same splitter', () => {
  const output = new BuildOutput();
  const first = output.feed({ stream: 'Step 1/2 : FROM x' });
  const second = output.feed({ stream: '\nhé' });
  const rest = output.flush();
  assert.deepEqual(first, []);
  assert.deepEqual([...second, ...rest].map((l) => l.text), ['FROM x', 'hé']);
});
