// A stand-in for the dedicated timeout worker (src/lib/timeout-worker.ts): it records what the
// page asks for, and the test decides when (and whether) the worker answers.
import type { TimeoutRequest } from '../../src/lib/timeout-service.ts';

/** Replaces the global Worker in tests; every instance is kept in `made`. */
export class FakeTimeoutWorker {
  static made: FakeTimeoutWorker[] = [];
  readonly sent: TimeoutRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;

  constructor(
    readonly url: URL | string,
    readonly options?: { type?: string },
  ) {
    FakeTimeoutWorker.made.push(this);
  }

  postMessage(request: TimeoutRequest): void {
    this.sent.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The timeouts asked for and not cancelled (nor answered), as id → due time. */
  pending(): Map<number, number> {
    const open = new Map<number, number>();
    for (const { id, at } of this.sent) {
      if (at === null) open.delete(id);
      else open.set(id, at);
    }
    for (const id of this.answered) open.delete(id);
    return open;
  }

  private readonly answered = new Set<number>();

  /** The worker's timeout for id is due: it posts the id back to the page. */
  answer(id: number): void {
    this.answered.add(id);
    this.onmessage?.({ data: id });
  }

  /** The worker fails (its file did not load, or it threw). */
  fail(): void {
    this.onerror?.({});
  }
}

/** The one worker made so far (throws when there is none). */
export function theWorker(): FakeTimeoutWorker {
  const w = FakeTimeoutWorker.made.at(-1);
  if (!w) throw new Error('no worker was made');
  return w;
}
