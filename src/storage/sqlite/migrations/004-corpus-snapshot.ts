/**
 * A saved copy of the in-memory duplicate and story indexes, so a one-shot ingest loads it and catches up from `seq`
 * instead of folding every corpus article again. One snapshot at a time; SQLite keeps it in one part.
 */
export const corpusSnapshotMigration = {
  version: 4,
  name: 'corpus-snapshot',
  sql: `
CREATE TABLE corpus_snapshot (
  part INTEGER PRIMARY KEY,
  parts INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  generation INTEGER NOT NULL,
  bytes BLOB NOT NULL
);
`,
};
