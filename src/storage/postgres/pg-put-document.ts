import type { PoolClient } from 'pg';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { PutResult } from '../store.ts';
import { actorKey } from '../sqlite/actor-key.ts';
import { titleFromText } from '../sqlite/put-document.ts';
import { encodeDocumentBody } from '../sqlite/stored-document.ts';

/**
 * Stores one document with its actor, topic and event rows in one transaction. A document already present by id,
 * URL or (source, guid) is not written again; `ON CONFLICT DO NOTHING` makes two workers racing on one article safe.
 */
export async function putPostgresDocument(client: PoolClient, doc: AnalyzedDocument): Promise<PutResult> {
  const { meta } = doc;
  const url = meta.url ?? null;
  const guid = meta.guid ?? null;
  const source = meta.source ?? null;
  await client.query('BEGIN');
  try {
    const existing = await findExisting(client, doc.id, url, guid, source);
    if (existing) {
      await client.query('ROLLBACK');
      return { id: existing, inserted: false };
    }
    const title = meta.title ?? titleFromText(doc.text);
    const inserted = await client.query<{ seq: string }>(
      `INSERT INTO documents (id, url, guid, title, source, published, language, text, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING seq`,
      [doc.id, url, guid, title, source, meta.published ?? null, doc.language, doc.text, encodeDocumentBody(doc)],
    );
    const seq = inserted.rows[0]?.seq;
    if (seq === undefined) {
      // Another writer committed the same article between our check and insert.
      await client.query('ROLLBACK');
      return { id: (await findExisting(client, doc.id, url, guid, source)) ?? doc.id, inserted: false };
    }
    await insertRows(client, seq, doc);
    await client.query('COMMIT');
    return { id: doc.id, inserted: true };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function findExisting(client: PoolClient, id: string, url: string | null, guid: string | null, source: string | null): Promise<string | undefined> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM documents WHERE id = $1
       OR (url IS NOT NULL AND url = $2)
       OR (guid IS NOT NULL AND guid = $3 AND coalesce(source, '') = coalesce($4, ''))
     LIMIT 1`,
    [id, url, guid, source],
  );
  return rows[0]?.id;
}

async function insertRows(client: PoolClient, seq: string, doc: AnalyzedDocument): Promise<void> {
  const actorsById = new Map(doc.actors.map((actor) => [actor.id, actor]));
  const actors = [...new Map(doc.actors.map((a) => [actorKey(a), a])).entries()];
  if (actors.length > 0) {
    await client.query(
      `INSERT INTO document_actors (document_seq, actor_key, name, kind, code, country)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) ON CONFLICT DO NOTHING`,
      [seq, actors.map(([k]) => k), actors.map(([, a]) => a.name), actors.map(([, a]) => a.kind),
        actors.map(([, a]) => a.code ?? null), actors.map(([, a]) => a.country ?? null)],
    );
  }
  const topics = [...new Map(doc.topics.map((t) => [t.slug, t.score])).entries()];
  if (topics.length > 0) {
    await client.query(
      `INSERT INTO document_topics (document_seq, slug, score) SELECT $1, * FROM unnest($2::text[], $3::float8[])`,
      [seq, topics.map(([slug]) => slug), topics.map(([, score]) => score)],
    );
  }
  for (const event of doc.events) {
    const source = event.sourceActorId ? actorsById.get(event.sourceActorId) : undefined;
    const target = event.targetActorId ? actorsById.get(event.targetActorId) : undefined;
    await client.query(
      `INSERT INTO events (document_seq, root_code, quad_class, source_key, target_key, source_code, target_code,
         source_name, target_name, date, body, sentence_text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [seq, event.rootCode, event.quadClass, source ? actorKey(source) : null, target ? actorKey(target) : null,
        event.sourceCode ?? null, event.targetCode ?? null, source?.name ?? event.sourceCode ?? null,
        target?.name ?? event.targetCode ?? null, event.date ?? null, JSON.stringify(event),
        doc.text.slice(event.sentence.start, event.sentence.end)],
    );
  }
}
