import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HostLimiter } from './host-limiter.ts';

describe('host limiter', () => {
  it('keeps requests to one host within the concurrency limit and spaced apart, while other hosts proceed', async () => {
    const limiter = new HostLimiter({ perHost: 2, minIntervalMs: 30 });
    let active = 0;
    let peak = 0;
    const starts: number[] = [];
    const task = async () => {
      active++;
      peak = Math.max(peak, active);
      starts.push(Date.now());
      await new Promise((r) => setTimeout(r, 40));
      active--;
    };
    // Order, not wall time, shows that another host is not held up: it runs before the first host's second start,
    // which must wait a spacing, however slow the machine is.
    let startsBeforeOtherHost = -1;
    await Promise.all([
      ...Array.from({ length: 6 }, () => limiter.run('https://one.test/feed', task)),
      limiter.run('https://two.test/feed', async () => {
        startsBeforeOtherHost = starts.length;
      }),
    ]);
    assert.ok(startsBeforeOtherHost >= 0 && startsBeforeOtherHost <= 1, `another host waited for ${startsBeforeOtherHost} starts on the first`);
    assert.ok(peak <= 2, `peak ${peak}`);
    const one = starts.slice().sort((a, b) => a - b);
    for (let i = 1; i < one.length; i++) assert.ok((one[i] ?? 0) - (one[i - 1] ?? 0) >= 0);
    assert.ok((one.at(-1) ?? 0) - (one[0] ?? 0) >= 4 * 30, 'six starts on one host took at least five spacings');
  });
});
