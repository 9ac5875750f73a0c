import type Database from 'better-sqlite3';
import type { Event } from '../../model/event.ts';
import type { EventQuery, StoredEvent } from '../store.ts';

interface EventRow {
  body: string;
  sentence_text: string;
  document_id: string;
  published: string | null;
  source: string | null;
}

/** Stored events, newest first (by event date, then publication), filtered by actor, dates, code and document. */
export function listEvents(db: Database.Database, query: EventQuery): StoredEvent[] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (query.actor) {
    const actor = query.actor.trim();
    clauses.push(
      `(e.source_key = lower(?) OR e.target_key = lower(?)
        OR json_extract(e.body, '$.sourceCode') = upper(?) OR json_extract(e.body, '$.targetCode') = upper(?))`,
    );
    params.push(actor, actor, actor, actor);
  }
  if (query.since) {
    clauses.push('substr(coalesce(e.date, d.published), 1, 10) >= ?');
    params.push(query.since.slice(0, 10));
  }
  if (query.until) {
    clauses.push('substr(coalesce(e.date, d.published), 1, 10) <= ?');
    params.push(query.until.slice(0, 10));
  }
  if (query.rootCode) {
    clauses.push('e.root_code = ?');
    params.push(query.rootCode.padStart(2, '0'));
  }
  if (query.quadClass !== undefined) {
    clauses.push('e.quad_class = ?');
    params.push(query.quadClass);
  }
  if (query.documentId) {
    clauses.push('d.id = ?');
    params.push(query.documentId);
  }
  const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
  const limit = Math.min(Math.max(query.limit ?? 100, 1), 5000);
  const offset = Math.max(query.offset ?? 0, 0);
  const rows = db
    .prepare<unknown[], EventRow>(
      `SELECT e.body, e.sentence_text, d.id AS document_id, d.published, d.source
       FROM events e JOIN documents d ON d.seq = e.document_seq ${where}
       ORDER BY coalesce(e.date, d.published) DESC, e.seq LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset);
  return rows.map((row) => ({
    ...(JSON.parse(row.body) as Event),
    documentId: row.document_id,
    sentenceText: row.sentence_text,
    ...(row.published === null ? {} : { published: row.published }),
    ...(row.source === null ? {} : { source: row.source }),
  }));
}
