// The logs view's data side: the bounded ring buffer, the store that batches changes per frame, the
// incremental search and the marking of matches inside styled text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAnsi } from '../../renderer/src/components/log/ansi.js';
import { LogSearch, compileSearch, markSegments, matchesInText } from '../../renderer/src/components/log/log-search.js';
import { LogStore, normaliseLine, type LogLine } from '../../renderer/src/components/log/log-store.js';
import { RingBuffer } from '../../renderer/src/components/log/ring-buffer.js';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('RingBuffer', () => {
  test('keeps at most `capacity` items, dropping the oldest, with stable absolute numbers', () => {
    const ring = new RingBuffer<number>(5);
    ring.push([0, 1, 2]);
    assert.deepEqual(ring.toArray(), [0, 1, 2]);
    ring.push([3, 4, 5, 6]);
    assert.deepEqual(ring.toArray(), [2, 3, 4, 5, 6]);
    assert.equal(ring.length, 5);
    assert.equal(ring.first, 2);
    assert.equal(ring.end, 7);
    assert.equal(ring.at(0), 2);
    assert.equal(ring.byNumber(6), 6);
    assert.equal(ring.byNumber(1), undefined, 'dropped');
    assert.equal(ring.at(5), undefined);
  });
  test('a batch larger than the capacity keeps only its tail', () => {
    const ring = new RingBuffer<number>(4);
    ring.push([100]);
    ring.push(range(0, 10));
    assert.deepEqual(ring.toArray(), [6, 7, 8, 9]);
    assert.equal(ring.first, 7, '1 + 6 dropped before the survivors');
  });
  test('many small pushes over a large capacity: the backing array grows without losing order', () => {
    const ring = new RingBuffer<number>(5000);
    for (let i = 0; i < 12_000; i += 7) ring.push(range(i, Math.min(i + 7, 12_000)));
    assert.equal(ring.length, 5000);
    assert.deepEqual(ring.toArray(), range(7000, 12_000));
  });
  test('clear empties it and numbering continues', () => {
    const ring = new RingBuffer<number>(3);
    ring.push([1, 2]);
    ring.clear();
    assert.equal(ring.length, 0);
    assert.equal(ring.first, 2);
    ring.push([9]);
    assert.equal(ring.byNumber(2), 9);
  });
  test('a capacity must be a positive integer', () => {
    assert.throws(() => new RingBuffer(0), RangeError);
  });
});

describe('LogStore', () => {
  const manual = () => {
    const pending: (() => void)[] = [];
    return {
      schedule: { request: (callback: () => void) => pending.push(callback), cancel: () => {} },
      flush: () => pending.splice(0).forEach((callback) => callback()),
    };
  };
  const lines = (from: number, to: number): LogLine[] => range(from, to).map((n) => ({ stream: 'stdout', text: String(n) }));

  test('listeners hear once per frame however many batches arrived', () => {
    const frame = manual();
    const store = new LogStore(100, frame.schedule);
    let heard = 0;
    store.subscribe(() => heard++);
    store.append(lines(0, 10));
    store.append(lines(10, 20));
    assert.equal(heard, 0);
    frame.flush();
    assert.equal(heard, 1);
    assert.equal(store.version, 1);
    assert.equal(store.buffer.length, 20);
    assert.equal(store.received, 20);
  });
  test('bounded: a million lines keep only the newest `capacity`', () => {
    const frame = manual();
    const store = new LogStore(1000, frame.schedule);
    for (let i = 0; i < 1_000_000; i += 5000) store.append(lines(i, i + 5000));
    frame.flush();
    assert.equal(store.buffer.length, 1000);
    assert.equal(store.buffer.at(999)?.text, '999999');
    assert.equal(store.received, 1_000_000);
  });
  test('setCapacity keeps the newest lines and their numbers', () => {
    const store = new LogStore(10, manual().schedule);
    store.append(lines(0, 10));
    store.setCapacity(4);
    assert.deepEqual(store.buffer.toArray().map((l) => l.text), ['6', '7', '8', '9']);
    assert.equal(store.buffer.first, 6);
  });
  test('TTY lines lose their CR; a line redrawn with CR keeps what was drawn last', () => {
    assert.equal(normaliseLine('hello\r'), 'hello');
    assert.equal(normaliseLine('10%\r50%\r100%'), '100%');
    assert.equal(normaliseLine('plain'), 'plain');
  });
});

describe('log search', () => {
  const store = () => new LogStore(5, { request: () => 0, cancel: () => {} });
  const add = (s: LogStore, ...texts: string[]) => s.append(texts.map((text) => ({ stream: 'stdout' as const, text })));

  test('plain text is matched literally, case-insensitively unless asked', () => {
    const compiled = compileSearch({ text: 'a.b', regex: false, caseSensitive: false });
    assert.ok(compiled?.ok);
    assert.deepEqual(matchesInText(compiled.pattern, 'xA.B a.b axb'), [[1, 4], [5, 8]]);
    const sensitive = compileSearch({ text: 'A', regex: false, caseSensitive: true });
    assert.ok(sensitive?.ok);
    assert.deepEqual(matchesInText(sensitive.pattern, 'aA'), [[1, 2]]);
  });
  test('regular expressions; a bad one is an error, an empty search is nothing', () => {
    const compiled = compileSearch({ text: 'err(or)?\\s\\d+', regex: true, caseSensitive: false });
    assert.ok(compiled?.ok);
    assert.deepEqual(matchesInText(compiled.pattern, 'ERROR 42 and err 7'), [[0, 8], [13, 18]]);
    const bad = compileSearch({ text: '(', regex: true, caseSensitive: false });
    assert.equal(bad?.ok, false);
    assert.equal(compileSearch({ text: '', regex: true, caseSensitive: false }), null);
    const empty = compileSearch({ text: 'x*', regex: true, caseSensitive: false });
    assert.ok(empty?.ok);
    assert.deepEqual(matchesInText(empty.pattern, 'abxc'), [[2, 3]], 'empty matches are skipped, no endless loop');
  });
  test('matches ignore ANSI escapes', () => {
    const compiled = compileSearch({ text: 'red alert', regex: false, caseSensitive: false });
    assert.ok(compiled?.ok);
    assert.deepEqual(matchesInText(compiled.pattern, '\x1b[31mred\x1b[0m alert'), [[0, 9]]);
  });
  test('incremental: new lines are scanned once, dropped lines lose their matches', () => {
    const s = store();
    const compiled = compileSearch({ text: 'x', regex: false, caseSensitive: false });
    assert.ok(compiled?.ok);
    const search = new LogSearch(compiled.pattern);
    add(s, 'x1', 'no', 'x3');
    assert.equal(search.update(s.buffer), true);
    assert.deepEqual(search.matches.map((m) => m.line), [0, 2]);
    assert.equal(search.update(s.buffer), false, 'nothing new');
    add(s, 'a', 'b', 'x6', 'c'); // capacity 5: lines 0 and 1 leave
    assert.equal(search.update(s.buffer), true);
    assert.deepEqual(search.matches.map((m) => m.line), [2, 5]);
    assert.equal(search.firstAtOrAfter(3), 1);
    assert.equal(search.firstAtOrAfter(6), 2);
  });
  test('markSegments cuts styled segments at match boundaries', () => {
    const segments = parseAnsi('\x1b[31mhello\x1b[0m world');
    const marked = markSegments(segments, [{ start: 3, end: 8, index: 7 }]);
    assert.deepEqual(marked, [
      { text: 'hel', style: { fg: 1 } },
      { text: 'lo', style: { fg: 1 }, match: 7 },
      { text: ' wo', style: null, match: 7 },
      { text: 'rld', style: null },
    ]);
  });
});
