import type { PoolClient } from 'pg';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { PutResult } from '../store.ts';
import { actorKey } from '../sqlite/actor-key.ts';
import { titleFromText } from '../sqlite/put-document.ts';
import { encodeDocumentBody } from '../sqlite/stored-document.ts';

/**
 * Stores one document with its actor, topic and event rows in one statement (so one round trip, and atomic: a
 * failing row leaves nothing behind). A document already present by id, URL or (source, guid) is not written again;
 * `ON CONFLICT DO NOTHING` makes two workers racing on one article safe.
 */
export async function putPostgresDocument(client: PoolClient, doc: AnalyzedDocument): Promise<PutResult> {
  const { meta } = doc;
  const url = meta.url ?? null;
  const guid = meta.guid ?? null;
  const source = meta.source ?? null;
  // Named, so each connection parses and plans this large statement once instead of on every article.
  const { rows: [row] } = await client.query<{ existing: string | null; seq: string | null }>({ name: 'tidings-put-document', text: PUT_SQL, values: [
    doc.id, url, guid, source, meta.title ?? titleFromText(doc.text), meta.published ?? null, doc.language, doc.text,
    encodeDocumentBody(doc), ...actorColumns(doc), ...topicColumns(doc), ...eventColumns(doc),
  ] });
  if (row?.existing) return { id: row.existing, inserted: false };
  if (row?.seq) return { id: doc.id, inserted: true };
  // Another writer committed the same article (by id, URL or guid) after this statement's snapshot was taken.
  return { id: (await findExisting(client, doc.id, url, guid, source)) ?? doc.id, inserted: false };
}

const EXISTING = `SELECT id FROM documents WHERE id = $1
  OR (url IS NOT NULL AND url = $2)
  OR (guid IS NOT NULL AND guid = $3 AND coalesce(source, '') = coalesce($4, ''))
  LIMIT 1`;

// Data-modifying CTEs all run, in one snapshot; the child rows take the new seq, and none are written without it.
const PUT_SQL = `WITH existing AS (${EXISTING}),
doc AS (
  INSERT INTO documents (id, url, guid, title, source, published, language, text, body)
  SELECT $1, $2, $3, $5, $4, $6, $7, $8, $9 WHERE NOT EXISTS (SELECT 1 FROM existing)
  ON CONFLICT DO NOTHING RETURNING seq
),
actors AS (
  INSERT INTO document_actors (document_seq, actor_key, name, kind, code, country)
  SELECT doc.seq, a.* FROM doc, unnest($10::text[], $11::text[], $12::text[], $13::text[], $14::text[]) a ON CONFLICT DO NOTHING
),
topics AS (
  INSERT INTO document_topics (document_seq, slug, score) SELECT doc.seq, t.* FROM doc, unnest($15::text[], $16::float8[]) t
),
events AS (
  INSERT INTO events (document_seq, root_code, quad_class, source_key, target_key, source_code, target_code,
    source_name, target_name, date, body, sentence_text)
  SELECT doc.seq, e.root_code, e.quad_class, e.source_key, e.target_key, e.source_code, e.target_code, e.source_name,
    e.target_name, e.date, e.body, e.sentence_text
  FROM doc, unnest($17::text[], $18::int[], $19::text[], $20::text[], $21::text[], $22::text[], $23::text[], $24::text[],
    $25::text[], $26::text[], $27::text[]) WITH ORDINALITY
    AS e(root_code, quad_class, source_key, target_key, source_code, target_code, source_name, target_name, date, body, sentence_text, n)
  ORDER BY e.n
)
SELECT (SELECT id FROM existing) AS existing, (SELECT seq FROM doc) AS seq`;

async function findExisting(client: PoolClient, id: string, url: string | null, guid: string | null, source: string | null): Promise<string | undefined> {
  const { rows } = await client.query<{ id: string }>(EXISTING, [id, url, guid, source]);
  return rows[0]?.id;
}

// One array per column (unnest zips them back into rows), deduplicated by actor key as the primary key requires.
function actorColumns(doc: AnalyzedDocument): unknown[][] {
  const actors = [...new Map(doc.actors.map((a) => [actorKey(a), a])).entries()];
  return [actors.map(([k]) => k), actors.map(([, a]) => a.name), actors.map(([, a]) => a.kind),
    actors.map(([, a]) => a.code ?? null), actors.map(([, a]) => a.country ?? null)];
}

function topicColumns(doc: AnalyzedDocument): unknown[][] {
  const topics = [...new Map(doc.topics.map((t) => [t.slug, t.score])).entries()];
  return [topics.map(([slug]) => slug), topics.map(([, score]) => score)];
}

function eventColumns(doc: AnalyzedDocument): unknown[][] {
  const actorsById = new Map(doc.actors.map((actor) => [actor.id, actor]));
  const rows = doc.events.map((event) => {
    const source = event.sourceActorId ? actorsById.get(event.sourceActorId) : undefined;
    const target = event.targetActorId ? actorsById.get(event.targetActorId) : undefined;
    return [event.rootCode, event.quadClass, source ? actorKey(source) : null, target ? actorKey(target) : null,
      event.sourceCode ?? null, event.targetCode ?? null, source?.name ?? event.sourceCode ?? null,
      target?.name ?? event.targetCode ?? null, event.date ?? null, JSON.stringify(event),
      doc.text.slice(event.sentence.start, event.sentence.end)];
  });
  return Array.from({ length: 11 }, (_, column) => rows.map((row) => row[column]));
}
