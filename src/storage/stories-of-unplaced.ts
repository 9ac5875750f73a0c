import type { StoryReplacement, StorySummary } from './corpus-store.ts';

/** A corpus article's story placement, as both stores read it during a re-clustering. */
export interface PlacedArticle {
  readonly document_id: string;
  readonly story_id: string;
  readonly title: string;
  readonly seen_at: string;
}

/**
 * Articles a re-clustering did not cover — stored by a worker after the re-clustering read the corpus — keep the story
 * they were placed in; this gives those stories' rows (headline from the earliest article) so they stay listed and
 * counted. `articles` must be in seen-at order.
 */
export function storiesOfUnplaced(articles: readonly PlacedArticle[], replacement: StoryReplacement): Omit<StorySummary, 'sources'>[] {
  const covered = new Set(replacement.stories.flatMap((story) => story.documentIds));
  const stories = new Map<string, { id: string; headline: string; firstSeen: string; lastSeen: string; articles: number }>();
  for (const article of articles) {
    if (covered.has(article.document_id)) continue;
    const story = stories.get(article.story_id);
    if (story) {
      story.lastSeen = article.seen_at;
      story.articles++;
    } else {
      stories.set(article.story_id, { id: article.story_id, headline: article.title, firstSeen: article.seen_at, lastSeen: article.seen_at, articles: 1 });
    }
  }
  return [...stories.values()];
}
