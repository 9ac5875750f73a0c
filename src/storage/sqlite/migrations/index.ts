import { documentsMigration } from './001-documents.ts';
import { corpusMigration } from './002-corpus.ts';
import { storyChangesMigration } from './003-story-changes.ts';
import { corpusSnapshotMigration } from './004-corpus-snapshot.ts';
import { corpusWireMigration } from './005-corpus-wire.ts';
import { feedScheduleMigration } from './050-feed-schedule.ts';

/** One numbered schema change; `sql` may hold several statements. Modules, not .sql files, because tsc copies only code. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration in order. Other areas add theirs here (002+, one file each). */
export const migrations: readonly Migration[] = [documentsMigration, corpusMigration, storyChangesMigration, corpusSnapshotMigration, corpusWireMigration, feedScheduleMigration];
