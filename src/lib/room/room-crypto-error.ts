import type { RoomCryptoReason } from '../../domain/room/room-crypto-reason.ts';

/**
 * A room key, envelope or plaintext that cannot be used. The message is for logs and never holds
 * key material or plaintext; the UI translates `reason` (a closed set).
 */
export class RoomCryptoError extends Error {
  override readonly name = 'RoomCryptoError';

  constructor(readonly reason: RoomCryptoReason) {
    super(`room crypto: ${reason}`);
  }
}

/** Runs a Web Crypto step and turns its failure (a DOMException) into a RoomCryptoError. */
export async function orFail<T>(reason: RoomCryptoReason, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch {
    throw new RoomCryptoError(reason);
  }
}
