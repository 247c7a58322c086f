/** A clock tests can move: everything time-dependent in the API reads `now()`. */
export function testClock(start = new Date('2026-11-23T09:00:00Z')) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}
export type TestClock = ReturnType<typeof testClock>;
