/** Bad input from a user: the message says what was expected and what was found. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

/** A requested thing does not exist. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** Broken configuration or missing/corrupt data files; the message names the file and the fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

/** The store failed (connection, constraint, corruption). */
export class StorageError extends Error {
  override readonly name = 'StorageError';
}

/** A thrown value as an Error: `throw 'text'` or a rejected non-Error keeps its text as the message. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
