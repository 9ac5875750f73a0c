import type { Pool } from 'pg';
import type { Event } from '../../model/event.ts';
import type { ActorQuery, ActorSummary, EventQuery, StoredEvent, StoreStats } from '../store.ts';
import { escapeLike } from '../escape-like.ts';
import { SqlParams } from './sql-params.ts';

interface ActorRow {
  key: string;
  name: string;
  kind: string;
  code: string | null;
  country: string | null;
  documents: string;
  events: string;
}

/** Actors across all documents, most mentioned first; `text` matches names and codes. */
export async function listPostgresActors(pool: Pool, query: ActorQuery): Promise<ActorSummary[]> {
  const params = new SqlParams();
  const text = query.text?.trim();
  const where = text ? `WHERE a.name ILIKE ${params.add(`%${escapeLike(text)}%`)} ESCAPE '\\' OR a.code = upper(${params.add(text)})` : '';
  const limit = params.add(Math.min(Math.max(query.limit ?? 50, 1), 1000));
  const { rows } = await pool.query<ActorRow>(
    `SELECT a.actor_key AS key, max(a.name) AS name, max(a.kind) AS kind, max(a.code) AS code, max(a.country) AS country,
            count(DISTINCT a.document_seq) AS documents,
            (SELECT count(*) FROM events e WHERE e.source_key = a.actor_key OR e.target_key = a.actor_key) AS events
     FROM document_actors a ${where}
     GROUP BY a.actor_key ORDER BY documents DESC, events DESC, key LIMIT ${limit}`,
    params.values,
  );
  return rows.map((row) => ({
    key: row.key,
    name: row.name,
    kind: row.kind,
    documents: Number(row.documents),
    events: Number(row.events),
    ...(row.code === null ? {} : { code: row.code }),
    ...(row.country === null ? {} : { country: row.country }),
  }));
}

interface EventRow {
  body: string;
  sentence_text: string;
  document_id: string;
  published: string | null;
  source: string | null;
}

/** Stored events, newest first (by event date, then publication), filtered by actor, dates, code and document. */
export async function listPostgresEvents(pool: Pool, query: EventQuery): Promise<StoredEvent[]> {
  const params = new SqlParams();
  const clauses: string[] = [];
  if (query.actor) {
    const actor = params.add(query.actor.trim());
    clauses.push(`(e.source_key = lower(${actor}) OR e.target_key = lower(${actor}) OR e.source_code = upper(${actor}) OR e.target_code = upper(${actor}))`);
  }
  if (query.since) clauses.push(`left(coalesce(e.date, d.published), 10) >= ${params.add(query.since.slice(0, 10))}`);
  if (query.until) clauses.push(`left(coalesce(e.date, d.published), 10) <= ${params.add(query.until.slice(0, 10))}`);
  if (query.rootCode) clauses.push(`e.root_code = ${params.add(query.rootCode.padStart(2, '0'))}`);
  if (query.quadClass !== undefined) clauses.push(`e.quad_class = ${params.add(query.quadClass)}`);
  if (query.documentId) clauses.push(`d.id = ${params.add(query.documentId)}`);
  const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
  const limit = params.add(Math.min(Math.max(query.limit ?? 100, 1), 5000));
  const offset = params.add(Math.max(query.offset ?? 0, 0));
  const { rows } = await pool.query<EventRow>(
    `SELECT e.body, e.sentence_text, d.id AS document_id, d.published, d.source
     FROM events e JOIN documents d ON d.seq = e.document_seq ${where}
     ORDER BY coalesce(e.date, d.published) DESC NULLS LAST, e.seq LIMIT ${limit} OFFSET ${offset}`,
    params.values,
  );
  return rows.map((row) => ({
    ...(JSON.parse(row.body) as Event),
    documentId: row.document_id,
    sentenceText: row.sentence_text,
    ...(row.published === null ? {} : { published: row.published }),
    ...(row.source === null ? {} : { source: row.source }),
  }));
}

/** Counts what the store holds; corpus tables (`stories`, `duplicates`) count as zero until their migrations exist. */
export async function postgresStats(pool: Pool): Promise<StoreStats> {
  const { rows } = await pool.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM documents) AS articles,
            (SELECT count(DISTINCT source) FROM documents) AS sources,
            (SELECT count(DISTINCT actor_key) FROM document_actors) AS actors,
            (SELECT count(*) FROM events) AS events,
            to_regclass('stories') IS NOT NULL AS has_stories,
            to_regclass('duplicates') IS NOT NULL AS has_duplicates`,
  );
  const row = rows[0] ?? {};
  const optional = async (table: 'stories' | 'duplicates', present: unknown) =>
    present ? Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n ?? 0) : 0;
  return {
    articles: Number(row['articles'] ?? 0),
    sources: Number(row['sources'] ?? 0),
    actors: Number(row['actors'] ?? 0),
    events: Number(row['events'] ?? 0),
    stories: await optional('stories', row['has_stories']),
    duplicates: await optional('duplicates', row['has_duplicates']),
  };
}
