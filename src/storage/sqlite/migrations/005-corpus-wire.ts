/**
 * The dateline agency of each corpus article, so a story counts wire copy run by two outlets as one source (the
 * agency's) instead of two. Rows stored before this keep NULL and count by outlet, as they did.
 */
export const corpusWireMigration = {
  version: 5,
  name: 'corpus-wire',
  sql: `
ALTER TABLE corpus_articles ADD COLUMN wire TEXT;
`,
} as const;
