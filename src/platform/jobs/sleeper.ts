/**
 * A poll loop's pause that can be cut short. A `wake()` that arrives while the loop is busy is
 * remembered, so the next `sleep()` returns at once and no wake-up is ever lost.
 */
export class Sleeper {
  private wakeRequested = false;
  private pending: { timer: NodeJS.Timeout; resolve: () => void } | null = null;

  /** Waits `ms`, or less if woken. */
  sleep(ms: number): Promise<void> {
    if (this.wakeRequested) {
      this.wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        resolve();
      }, ms);
      this.pending = { timer, resolve };
    }).then(() => {
      this.wakeRequested = false;
    });
  }

  /** Ends the current sleep, or the next one if none is under way. */
  wake(): void {
    this.wakeRequested = true;
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    pending.resolve();
  }
}
