// Runs the repository's disk work one task at a time, and coalesces requests to save.

/** Serialises tasks; `drain` queues at most one write behind the running one. */
export class WriteScheduler {
  private readonly write: () => Promise<boolean>;
  private chain: Promise<unknown> = Promise.resolve();
  private queued: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(write: () => Promise<boolean>) {
    this.write = write;
  }

  /** Runs `task` after every task queued before it. */
  serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Writes everything pending, after the running task; resolves false when the write failed. */
  drain(): Promise<boolean> {
    this.cancel();
    this.queued ??= this.serial(() => {
      // Edits made from here on need another write: let the next drain queue one.
      this.queued = null;
      return this.write();
    });
    return this.queued;
  }

  /** Drains within `delay` ms; later requests do not push it back, so no edit waits longer. */
  within(delay: number): void {
    if (delay <= 0) {
      void this.drain();
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.drain();
    }, delay);
  }

  /** Drops a scheduled (not yet started) drain. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
