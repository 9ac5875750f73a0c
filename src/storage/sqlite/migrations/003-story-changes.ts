/** How re-clustering changed stories (merged away, split), so an old story id can be followed and explained. */
export const storyChangesMigration = {
  version: 3,
  name: 'story-changes',
  sql: `
CREATE TABLE story_changes (
  seq INTEGER PRIMARY KEY,
  story_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  other_id TEXT NOT NULL,
  articles INTEGER NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX story_changes_story ON story_changes(story_id);
CREATE INDEX story_changes_other ON story_changes(other_id);
`,
};
