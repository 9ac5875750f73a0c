import { escapeLike } from '../escape-like.ts';
import { MIN_TOPIC_SCORE, type SearchQuery } from '../store.ts';

/** SQL conditions (over `documents d`) for the non-text search filters, with their parameters. */
export function documentFilters(query: SearchQuery): { clauses: string[]; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (query.since) {
    clauses.push('substr(d.published, 1, 10) >= ?');
    params.push(query.since.slice(0, 10));
  }
  if (query.until) {
    clauses.push('substr(d.published, 1, 10) <= ?');
    params.push(query.until.slice(0, 10));
  }
  if (query.source) {
    clauses.push('d.source = ? COLLATE NOCASE');
    params.push(query.source);
  }
  if (query.topic) {
    clauses.push('EXISTS (SELECT 1 FROM document_topics t WHERE t.document_seq = d.seq AND t.slug = ? AND t.score >= ?)');
    params.push(query.topic.toLowerCase(), MIN_TOPIC_SCORE);
  }
  if (query.actor) {
    clauses.push(
      `EXISTS (SELECT 1 FROM document_actors a WHERE a.document_seq = d.seq
         AND (a.actor_key = lower(?) OR a.code = upper(?) OR a.name LIKE ? ESCAPE '\\'))`,
    );
    params.push(query.actor.trim(), query.actor.trim(), `%${escapeLike(query.actor.trim())}%`);
  }
  return { clauses, params };
}
