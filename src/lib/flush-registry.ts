type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();

/** Registers work that must be written before the page goes away; returns an unregister. */
export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/**
 * Runs every flusher and waits for all of them. Used before an update reload and when the
 * page is hidden; a failing flusher does not stop the others.
 */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
