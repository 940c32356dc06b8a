// The client's crash budget: the crash that stops restarts is the one its message counts, and a
// manual "Restart Server" starts over.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_CRASHES, RestartBudget, WINDOW_MS } from '../../client/src/restartBudget.js';

test('restarts after the first 4 crashes in 3 minutes, stops at the 5th, and the message says 5', () => {
  const b = new RestartBudget();
  const answers = [0, 10, 20, 30, 40].map((s) => b.crashed(s * 1000));
  assert.deepEqual(answers, [true, true, true, true, false]);
  assert.equal(MAX_CRASHES, 5);
  assert.match(b.giveUpMessage(), /crashed 5 times in 3 minutes/);
});

test('crashes older than the window do not count', () => {
  const b = new RestartBudget();
  for (let i = 0; i < 4; i++) assert.equal(b.crashed(i), true);
  assert.equal(b.crashed(WINDOW_MS + 10), true, 'the four early crashes are out of the window');
});

test('a manual restart resets the count', () => {
  const b = new RestartBudget();
  for (let i = 0; i < 4; i++) b.crashed(i);
  b.reset();
  assert.equal(b.crashed(10), true);
  assert.equal(b.count, 1);
});

test('generated crash sequences: restarts are refused exactly when the message counts MAX crashes within the window', () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let run = 0; run < 300; run++) {
    const b = new RestartBudget();
    const times: number[] = [];
    let now = 0;
    for (let i = 0; i < 12; i++) {
      now += Math.floor(rand() * 90_000);
      times.push(now);
      const inWindow = times.filter((t) => now - t < WINDOW_MS).length;
      const restart = b.crashed(now);
      assert.equal(restart, inWindow < MAX_CRASHES, `run ${run}, crash ${i}`);
      if (!restart) assert.match(b.giveUpMessage(), new RegExp(`crashed ${inWindow} times`));
    }
  }
});
