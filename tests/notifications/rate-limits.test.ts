import { SlidingWindowLimiter, TEAMS_CONVERSATION_WINDOWS } from '../../src/features/notifications/rate-limits';

describe('the sliding-window limiter', () => {
  it('allows 7 in a second, the 8th after that second, and the 9th only when the 2 s window frees a slot', () => {
    const l = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS);
    for (let i = 0; i < 7; i++) {
      expect(l.earliest(0)).toBe(0);
      l.finish(`a${i}`, 0);
    }
    expect(l.earliest(0)).toBe(1000);
    l.finish('a7', 1000);
    expect(l.earliest(1000)).toBe(2000);
  });

  it('counts a request in flight until it completes, and then at its completion time', () => {
    const l = new SlidingWindowLimiter([{ limit: 1, ms: 100 }]);
    l.start('x');
    expect(l.earliest(50)).toBe(Infinity);
    l.finish('x', 80);
    expect(l.earliest(90)).toBe(180);
    l.cancel('x');
    expect(l.earliest(90)).toBe(90);
  });

  it('counts a send remembered from the store once, also when it is remembered again', () => {
    const l = new SlidingWindowLimiter([{ limit: 2, ms: 100 }]);
    l.remember('s1', 10);
    l.remember('s1', 10);
    expect(l.earliest(20)).toBe(20);
    l.remember('s2', 15);
    expect(l.earliest(20)).toBe(110);
  });
});
