import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { contract } from '../../shared/contract/index.js';
import { runFuzz, type FuzzResult } from './run-fuzz.js';
import { MAX_RSS_GROWTH_MB, summaryLine } from './summary.js';

/**
 * `npm test`'s fuzz step: a fixed seed and a bounded count, so that a failure replays with
 * `npm run fuzz -- --count 10000 --seed 1`. The web shell is the built one (the build step runs first), against
 * the test engine, with its own scratch home and fixtures (test/fuzz/run-fuzz.ts says what it sends).
 */
const SEED = 1;
const COUNT = 10_000;
const list = (lines: string[]) => lines.slice(0, 20).join('\n');

describe(`fuzz: seed ${SEED}, ${COUNT} random messages after the sweep`, () => {
  let result: FuzzResult;
  before(async () => {
    result = await runFuzz({ count: COUNT, seed: SEED });
    console.log(summaryLine(result));
  });

  test('at least 10,000 frames, the sweep covering every operation of the contract', () => {
    assert.ok(result.frames >= 10_000, `${result.frames} frames`);
    assert.ok(result.sweepFrames >= Object.keys(contract).length * 9, `${result.sweepFrames} sweep frames`);
  });

  test('the web shell never exits', () => assert.equal(result.crashes, 0));

  test('every frame is answered, with {code, message} (INVALID_INPUT for invalid input)', () => {
    assert.equal(result.unanswered, 0);
    assert.deepEqual(result.badAnswers, [], list(result.badAnswers));
  });

  test('invalid input makes no engine request', () => {
    assert.deepEqual(result.engineRequestsForInvalid, [], list(result.engineRequestsForInvalid));
  });

  test('nothing changed on the engine', () => assert.deepEqual(result.engineChanges, [], list(result.engineChanges)));

  test('nothing changed on the host', () => assert.deepEqual(result.hostChanges, [], list(result.hostChanges)));

  test(`RSS back within ${MAX_RSS_GROWTH_MB} MB of the start after the run`, () => {
    assert.ok(result.rssAfterMb > 0, 'measured');
    const growth = result.rssAfterMb - result.rssStartMb;
    assert.ok(growth <= MAX_RSS_GROWTH_MB, `${result.rssStartMb.toFixed(1)} MB at the start, ${result.rssAfterMb.toFixed(1)} MB after (peak ${result.rssPeakMb.toFixed(1)})`);
  });
});
