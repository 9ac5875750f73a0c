/** Cross-document tables: per-article corpus features, duplicate links, stories, watches. Plain SQL for a PostgreSQL port. */
export const corpusMigration = {
  version: 2,
  name: 'corpus',
  sql: `
CREATE TABLE corpus_articles (
  seq INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL UNIQUE,
  published TEXT,
  seen_at TEXT NOT NULL,
  title TEXT NOT NULL,
  source TEXT,
  exact_hash TEXT NOT NULL,
  signature BLOB NOT NULL,
  word_count INTEGER NOT NULL,
  facts TEXT NOT NULL,
  terms TEXT NOT NULL,
  tone REAL,
  story_id TEXT NOT NULL,
  similarity REAL NOT NULL,
  shared_terms TEXT NOT NULL
);
CREATE INDEX corpus_articles_story ON corpus_articles(story_id);
CREATE INDEX corpus_articles_hash ON corpus_articles(exact_hash);

CREATE TABLE duplicates (
  document_id TEXT PRIMARY KEY,
  original_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  similarity REAL NOT NULL
);
CREATE INDEX duplicates_original ON duplicates(original_id);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  headline TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  articles INTEGER NOT NULL
);
CREATE INDEX stories_last_seen ON stories(last_seen);

CREATE TABLE watches (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  query TEXT NOT NULL,
  output TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE watch_matches (
  watch_id TEXT NOT NULL,
  document_id TEXT NOT NULL,
  matched_at TEXT NOT NULL,
  PRIMARY KEY (watch_id, document_id)
);
`,
};
