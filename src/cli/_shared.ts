/** Flags shared by every command that touches the store or prints results. */
export const storeArgs = {
  db: {
    type: 'string',
    description: 'Store: a SQLite path, `:memory:`, or a postgres:// URL (default: $TIDINGS_DB or ./tidings.db)',
    valueHint: 'path|url',
  },
} as const;

export const jsonArgs = {
  json: { type: 'boolean', description: 'Print JSON instead of a readable summary', default: false },
} as const;

export const debugArgs = {
  debug: { type: 'boolean', description: 'Show stack traces on errors', default: false },
} as const;

/** The store location a command should use: the flag, then $TIDINGS_DB, then ./tidings.db. */
export function resolveDbLocation(flag: string | undefined): string {
  // An empty flag or variable means "not set": better-sqlite3 would otherwise open a throw-away temporary database.
  return flag || process.env['TIDINGS_DB'] || './tidings.db';
}
