import { MIN_TOPIC_SCORE, type SearchQuery } from '../store.ts';
import { escapeLike } from '../escape-like.ts';
import type { SqlParams } from './sql-params.ts';

/**
 * SQL conditions (over `documents d`) for the non-text search filters; values go into `params`. `perRow` writes the
 * source test so that no index answers it: over a small window of rows, testing each is cheaper than building a bitmap
 * of every document from that source, which the planner would otherwise do.
 */
export function pgDocumentFilters(query: SearchQuery, params: SqlParams, options: { readonly perRow?: boolean } = {}): string[] {
  const clauses: string[] = [];
  if (query.since) clauses.push(`left(d.published, 10) >= ${params.add(query.since.slice(0, 10))}`);
  if (query.until) clauses.push(`left(d.published, 10) <= ${params.add(query.until.slice(0, 10))}`);
  if (query.source) {
    const source = options.perRow ? `lower(coalesce(d.source, ''))` : 'lower(d.source)';
    clauses.push(`${source} = lower(${params.add(query.source)})`);
  }
  if (query.topic) {
    clauses.push(`EXISTS (SELECT 1 FROM document_topics t WHERE t.document_seq = d.seq AND t.slug = ${params.add(query.topic.toLowerCase())} AND t.score >= ${params.add(MIN_TOPIC_SCORE)})`);
  }
  if (query.actor) {
    const actor = query.actor.trim();
    const p = params.add(actor);
    clauses.push(
      `EXISTS (SELECT 1 FROM document_actors a WHERE a.document_seq = d.seq
         AND (a.actor_key = lower(${p}) OR a.code = upper(${p}) OR a.name ILIKE ${params.add(`%${escapeLike(actor)}%`)} ESCAPE '\\'))`,
    );
  }
  return clauses;
}
