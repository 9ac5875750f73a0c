/** Documents with a weighted tsvector (GIN-indexed) for full-text search, and the actor/topic/event rows filters query. */
export const documentsMigration = {
  version: 1,
  name: 'documents',
  sql: `
CREATE TABLE documents (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT,
  guid TEXT,
  title TEXT NOT NULL,
  source TEXT,
  published TEXT,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  body TEXT NOT NULL,
  stored_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  search TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', left(text, 200000)), 'B')
  ) STORED
);
CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE UNIQUE INDEX documents_guid ON documents((coalesce(source, '')), guid) WHERE guid IS NOT NULL;
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(lower(source));
CREATE INDEX documents_search ON documents USING GIN (search);

CREATE TABLE document_actors (
  document_seq BIGINT NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  actor_key TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  code TEXT,
  country TEXT,
  PRIMARY KEY (document_seq, actor_key)
);
CREATE INDEX document_actors_key ON document_actors(actor_key);
CREATE INDEX document_actors_code ON document_actors(code);

CREATE TABLE document_topics (
  document_seq BIGINT NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  slug TEXT NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (document_seq, slug)
);
CREATE INDEX document_topics_slug ON document_topics(slug);

CREATE TABLE events (
  seq BIGSERIAL PRIMARY KEY,
  document_seq BIGINT NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  root_code TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  source_key TEXT,
  target_key TEXT,
  source_code TEXT,
  target_code TEXT,
  source_name TEXT,
  target_name TEXT,
  date TEXT,
  body TEXT NOT NULL,
  sentence_text TEXT NOT NULL
);
CREATE INDEX events_document ON events(document_seq);
CREATE INDEX events_source ON events(source_key);
CREATE INDEX events_target ON events(target_key);
CREATE INDEX events_date ON events(date);
`,
} as const;
