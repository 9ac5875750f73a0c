/** How re-clustering changed stories (merged away, split), as SQLite's migration 003, so old story ids still resolve. */
export const pgStoryChangesMigration = {
  version: 3,
  name: 'story-changes',
  sql: `
CREATE TABLE story_changes (
  seq BIGSERIAL PRIMARY KEY,
  story_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('merged', 'split')),
  other_id TEXT NOT NULL,
  articles INTEGER NOT NULL,
  at TIMESTAMPTZ NOT NULL
);
CREATE INDEX story_changes_story ON story_changes(story_id);
CREATE INDEX story_changes_other ON story_changes(other_id);
`,
} as const;
