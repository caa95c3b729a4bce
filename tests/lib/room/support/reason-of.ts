import { expect } from 'vitest';
import { RoomCryptoError } from '../../../../src/lib/room/room-crypto-error.ts';

/** The reason of the RoomCryptoError a promise rejects with (fails the test for anything else). */
export async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RoomCryptoError);
  return (error as RoomCryptoError).reason;
}
