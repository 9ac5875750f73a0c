/**
 * Keeps each document's search tsvector in the table row (compressed) instead of TOAST, so ranking the newest
 * 1,000 matches and re-checking phrase matches read one heap page per row rather than a TOAST index and chunks;
 * the text and body are moved out of line instead. Rows stored before this migration keep their TOASTed vector
 * until the table is rewritten (`VACUUM FULL documents`), which a migration cannot do inside its transaction.
 */
export const pgSearchInlineMigration = {
  version: 60,
  name: 'search-inline',
  sql: `
ALTER TABLE documents ALTER COLUMN search SET STORAGE MAIN;
`,
} as const;
