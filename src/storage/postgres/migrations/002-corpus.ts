/**
 * Cross-document tables on PostgreSQL, as SQLite's migration 002: per-article corpus features, duplicate links,
 * stories, watches. `seq` is the arrival order workers catch up by; `stories_generation` tells them a re-clustering
 * replaced the stories. Seen-at times stay text as given (a date-only publication date is listed date-only) and
 * compare bytewise (COLLATE "C"), as in SQLite; times tidings itself stamps are timestamptz.
 */
export const pgCorpusMigration = {
  version: 2,
  name: 'corpus',
  sql: `
CREATE TABLE corpus_articles (
  seq BIGSERIAL PRIMARY KEY,
  document_id TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
  published TIMESTAMPTZ,
  seen_at TEXT COLLATE "C" NOT NULL,
  title TEXT NOT NULL,
  source TEXT,
  exact_hash TEXT NOT NULL,
  signature BYTEA NOT NULL,
  word_count INTEGER NOT NULL,
  facts JSONB NOT NULL,
  terms JSONB NOT NULL,
  tone DOUBLE PRECISION,
  story_id TEXT NOT NULL,
  similarity DOUBLE PRECISION NOT NULL,
  shared_terms JSONB NOT NULL
);
CREATE INDEX corpus_articles_story ON corpus_articles(story_id, seen_at);
CREATE INDEX corpus_articles_hash ON corpus_articles(exact_hash);

CREATE TABLE duplicates (
  document_id TEXT PRIMARY KEY REFERENCES corpus_articles(document_id) ON DELETE CASCADE,
  original_id TEXT NOT NULL REFERENCES corpus_articles(document_id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'derivative')),
  similarity DOUBLE PRECISION NOT NULL
);
CREATE INDEX duplicates_original ON duplicates(original_id);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  headline TEXT NOT NULL,
  first_seen TEXT COLLATE "C" NOT NULL,
  last_seen TEXT COLLATE "C" NOT NULL,
  articles INTEGER NOT NULL
);
CREATE INDEX stories_last_seen ON stories(last_seen DESC, articles DESC);

CREATE TABLE stories_generation (
  only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
  generation BIGINT NOT NULL
);
INSERT INTO stories_generation (generation) VALUES (0);

CREATE TABLE watches (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  query JSONB NOT NULL,
  output JSONB NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE watch_matches (
  watch_id TEXT NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  matched_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (watch_id, document_id)
);
CREATE INDEX watch_matches_document ON watch_matches(document_id);
`,
} as const;
