// Every storage failure is turned into one of these so the UI can say what happened.

export type StorageErrorCode = 'quota' | 'write-failed' | 'corrupt' | 'newer-version' | 'unavailable';

/** An Error with a code the UI can map to a message. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Shorthand for the 'unavailable' error: the database cannot be used right now. */
export function unavailable(message: string): StorageError {
  return new StorageError('unavailable', message);
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** Classifies a failed write: quota errors are told apart because the user can act on them. */
export function toWriteError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (errorName(error) === 'QuotaExceededError') {
    return new StorageError('quota', 'The device is out of storage space for notes', { cause: error });
  }
  return new StorageError('write-failed', 'Saving notes failed', { cause: error });
}

/** Classifies a failed open: a VersionError means the database was written by a newer app. */
export function toOpenError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (errorName(error) === 'VersionError') {
    return new StorageError('newer-version', 'The notes were saved by a newer version of the app', {
      cause: error,
    });
  }
  return new StorageError('unavailable', 'The notes database could not be opened', { cause: error });
}
