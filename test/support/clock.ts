/**
 * The test's clock: it starts at `start` and moves only when the test advances it or the code under
 * test sleeps, which returns at once, records the wait and moves the clock on by it.
 */
export class TestClock {
  #ms: number;
  /** Every wait asked of `sleep`, in order. */
  readonly sleeps: number[] = [];

  constructor(start: Date) {
    this.#ms = start.getTime();
  }

  readonly now = (): Date => new Date(this.#ms);

  readonly advance = (ms: number): void => {
    this.#ms += ms;
  };

  readonly sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.advance(ms);
  };
}
