import type Database from 'better-sqlite3';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { PutResult } from '../store.ts';
import { actorKey } from './actor-key.ts';
import { encodeDocumentBody } from './stored-document.ts';

/** Statements for storing one document, prepared once per connection. */
export interface DocumentWriter {
  put(doc: AnalyzedDocument): PutResult;
}

/**
 * Prepares the writer. A document already present by id, by URL or by (source, guid) is not written again and
 * its stored id is returned; a new one is written with its FTS, actor, topic and event rows in one transaction.
 */
export function prepareDocumentWriter(db: Database.Database): DocumentWriter {
  const findExisting = db.prepare<[string, string | null, string | null, string | null], { id: string }>(
    `SELECT id FROM documents WHERE id = ?
       OR (url IS NOT NULL AND url = ?)
       OR (guid IS NOT NULL AND guid = ? AND coalesce(source, '') = coalesce(?, ''))
     LIMIT 1`,
  );
  const insertDocument = db.prepare(
    `INSERT INTO documents (id, url, guid, title, source, published, language, text, body, stored_at)
     VALUES (@id, @url, @guid, @title, @source, @published, @language, @text, @body, @storedAt)`,
  );
  const insertFts = db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)');
  const insertActor = db.prepare(
    `INSERT OR IGNORE INTO document_actors (document_seq, actor_key, name, kind, code, country) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertTopic = db.prepare('INSERT OR REPLACE INTO document_topics (document_seq, slug, score) VALUES (?, ?, ?)');
  const insertEvent = db.prepare(
    `INSERT INTO events (document_seq, root_code, quad_class, source_key, target_key, source_name, target_name, date, body, sentence_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const write = db.transaction((doc: AnalyzedDocument): PutResult => {
    const { meta } = doc;
    const existing = findExisting.get(doc.id, meta.url ?? null, meta.guid ?? null, meta.source ?? null);
    if (existing) return { id: existing.id, inserted: false };
    const title = meta.title ?? titleFromText(doc.text);
    const { lastInsertRowid: seq } = insertDocument.run({
      id: doc.id,
      url: meta.url ?? null,
      guid: meta.guid ?? null,
      title,
      source: meta.source ?? null,
      published: meta.published ?? null,
      language: doc.language,
      text: doc.text,
      body: encodeDocumentBody(doc),
      storedAt: new Date().toISOString(),
    });
    insertFts.run(seq, title, doc.text);
    const actorsById = new Map(doc.actors.map((actor) => [actor.id, actor]));
    for (const actor of doc.actors) {
      insertActor.run(seq, actorKey(actor), actor.name, actor.kind, actor.code ?? null, actor.country ?? null);
    }
    for (const topic of doc.topics) insertTopic.run(seq, topic.slug, topic.score);
    for (const event of doc.events) {
      const source = event.sourceActorId ? actorsById.get(event.sourceActorId) : undefined;
      const target = event.targetActorId ? actorsById.get(event.targetActorId) : undefined;
      insertEvent.run(
        seq,
        event.rootCode,
        event.quadClass,
        source ? actorKey(source) : null,
        target ? actorKey(target) : null,
        source?.name ?? event.sourceCode ?? null,
        target?.name ?? event.targetCode ?? null,
        event.date ?? null,
        JSON.stringify(event),
        doc.text.slice(event.sentence.start, event.sentence.end),
      );
    }
    return { id: doc.id, inserted: true };
  });
  // IMMEDIATE takes the write lock up front, so two processes ingesting at once wait instead of failing mid-way.
  return { put: (doc) => write.immediate(doc) };
}

/** A title for articles that came without one: the first line, cut at a word boundary. */
export function titleFromText(text: string): string {
  const firstLine = text.trim().split('\n', 1)[0] ?? '';
  if (firstLine.length <= 100) return firstLine;
  const cut = firstLine.slice(0, 100);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}
