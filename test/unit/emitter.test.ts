import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Emitter } from '../../electron/util/emitter.js';

test('a listener that throws is reported with what it listened to, and the others still hear the event', () => {
  const reports: [string, unknown][] = [];
  const emitter = new Emitter<number>('test events', (what, error) => reports.push([what, error]));
  const heard: number[] = [];
  const failure = new Error('listener bug');
  emitter.on(() => {
    throw failure;
  });
  emitter.on((value) => heard.push(value));
  emitter.fire(7);
  assert.deepEqual(heard, [7]);
  assert.deepEqual(reports, [['test events', failure]]);
});

test('a disposed listener hears nothing more', () => {
  const emitter = new Emitter<number>('test events');
  const heard: number[] = [];
  const subscription = emitter.on((value) => heard.push(value));
  emitter.fire(1);
  subscription.dispose();
  emitter.fire(2);
  assert.deepEqual(heard, [1]);
  assert.equal(emitter.size, 0);
});
