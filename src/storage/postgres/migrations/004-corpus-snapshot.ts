/** A saved copy of the in-memory duplicate and story indexes, as SQLite's migration 004: loaded, then caught up from `seq`. */
export const pgCorpusSnapshotMigration = {
  version: 4,
  name: 'corpus-snapshot',
  sql: `
CREATE TABLE corpus_snapshot (
  part INTEGER PRIMARY KEY,
  parts INTEGER NOT NULL,
  seq BIGINT NOT NULL,
  generation BIGINT NOT NULL,
  bytes BYTEA NOT NULL
);
ALTER TABLE corpus_snapshot ALTER COLUMN bytes SET STORAGE EXTERNAL;
`,
} as const;
