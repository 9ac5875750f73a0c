import type Database from 'better-sqlite3';
import { escapeLike } from '../escape-like.ts';
import type { ActorQuery, ActorSummary } from '../store.ts';

interface ActorRow {
  key: string;
  name: string;
  kind: string;
  code: string | null;
  country: string | null;
  documents: number;
  events: number;
}

/** Actors across all documents, most mentioned first; `text` matches names and codes. */
export function listActors(db: Database.Database, query: ActorQuery): ActorSummary[] {
  const text = query.text?.trim();
  const where = text ? "WHERE a.name LIKE ? ESCAPE '\\' OR a.code = upper(?)" : '';
  const params = text ? [`%${escapeLike(text)}%`, text] : [];
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 1000);
  const rows = db
    .prepare<unknown[], ActorRow>(
      `SELECT a.actor_key AS key, max(a.name) AS name, max(a.kind) AS kind, max(a.code) AS code,
              max(a.country) AS country, count(DISTINCT a.document_seq) AS documents,
              (SELECT count(*) FROM events e WHERE e.source_key = a.actor_key OR e.target_key = a.actor_key) AS events
       FROM document_actors a ${where}
       GROUP BY a.actor_key ORDER BY documents DESC, events DESC, key LIMIT ?`,
    )
    .all(...params, limit);
  return rows.map((row) => ({
    key: row.key,
    name: row.name,
    kind: row.kind,
    documents: row.documents,
    events: row.events,
    ...(row.code === null ? {} : { code: row.code }),
    ...(row.country === null ? {} : { country: row.country }),
  }));
}
