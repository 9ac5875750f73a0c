/** Documents, their full-text index, and the actor/topic/event rows that filters and listings query. */
export const documentsMigration = {
  version: 1,
  name: 'documents',
  sql: `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT,
  guid TEXT,
  title TEXT NOT NULL,
  source TEXT,
  published TEXT,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  body TEXT NOT NULL,
  stored_at TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE UNIQUE INDEX documents_guid ON documents(coalesce(source, ''), guid) WHERE guid IS NOT NULL;
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(source);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TABLE document_actors (
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  actor_key TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  code TEXT,
  country TEXT,
  PRIMARY KEY (document_seq, actor_key)
) WITHOUT ROWID;
CREATE INDEX document_actors_key ON document_actors(actor_key);
CREATE INDEX document_actors_name ON document_actors(name COLLATE NOCASE);
CREATE INDEX document_actors_code ON document_actors(code);

CREATE TABLE document_topics (
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  slug TEXT NOT NULL,
  score REAL NOT NULL,
  PRIMARY KEY (document_seq, slug)
) WITHOUT ROWID;
CREATE INDEX document_topics_slug ON document_topics(slug);

CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  root_code TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  source_key TEXT,
  target_key TEXT,
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
