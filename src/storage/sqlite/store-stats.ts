import type Database from 'better-sqlite3';
import type { StoreStats } from '../store.ts';

/**
 * Counts what the store holds. Stories and duplicates live in tables the corpus layer adds with its own
 * migrations (`stories`, `duplicates`); until they exist those counts are zero.
 */
export function storeStats(db: Database.Database): StoreStats {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const hasTable = (name: string) =>
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(name) !== undefined;
  return {
    articles: count('SELECT count(*) FROM documents'),
    sources: count('SELECT count(DISTINCT source) FROM documents'),
    actors: count('SELECT count(DISTINCT actor_key) FROM document_actors'),
    events: count('SELECT count(*) FROM events'),
    stories: hasTable('stories') ? count('SELECT count(*) FROM stories') : 0,
    duplicates: hasTable('duplicates') ? count('SELECT count(*) FROM duplicates') : 0,
  };
}
