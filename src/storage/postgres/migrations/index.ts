import type { Migration } from '../../sqlite/migrations/index.ts';
import { documentsMigration } from './001-documents.ts';
import { pgCorpusMigration } from './002-corpus.ts';
import { pgStoryChangesMigration } from './003-story-changes.ts';
import { pgCorpusSnapshotMigration } from './004-corpus-snapshot.ts';
import { pgCorpusWireMigration } from './005-corpus-wire.ts';
import { pgFeedScheduleMigration } from './050-feed-schedule.ts';
import { pgSearchInlineMigration } from './060-search-inline.ts';
import { pgLz4CompressionMigration } from './070-lz4-compression.ts';

/** Every PostgreSQL migration in order; other areas add theirs here (002+, one file each), mirroring sqlite/migrations. */
export const postgresMigrations: readonly Migration[] = [documentsMigration, pgCorpusMigration, pgStoryChangesMigration, pgCorpusSnapshotMigration, pgCorpusWireMigration, pgFeedScheduleMigration, pgSearchInlineMigration, pgLz4CompressionMigration];
