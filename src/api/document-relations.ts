import type { Store } from '../storage/store.ts';

/** An article's story and its copies: the original it copies, or the copies and rewrites of it. */
export interface DocumentRelations {
  readonly storyId?: string;
  readonly duplicates: readonly { readonly id: string; readonly title: string; readonly kind: string; readonly similarity: number; readonly isOriginal: boolean }[];
}

const STORY_WINDOW_DAYS = 14;
const STORIES_SCANNED = 100;

/**
 * Finds the story an article belongs to among stories active around its publication date (the corpus tables index
 * stories, not articles), then reads its copy links from the story's members.
 */
export async function findDocumentRelations(store: Store, id: string, published: string | undefined): Promise<DocumentRelations> {
  const corpus = store.corpus;
  const since = published ? new Date(Date.parse(published) - STORY_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10) : undefined;
  const stories = await corpus.listStories({ ...(since && !since.startsWith('NaN') ? { since } : {}), limit: STORIES_SCANNED });
  for (const summary of stories) {
    const story = await corpus.getStory(summary.id);
    const self = story?.members.find((m) => m.id === id);
    if (!story || !self) continue;
    const originalId = self.duplicate?.originalId;
    const duplicates = story.members.flatMap((m) => {
      if (m.id === originalId) return [{ id: m.id, title: m.title, kind: self.duplicate?.kind ?? 'near', similarity: self.duplicate?.similarity ?? 0, isOriginal: true }];
      if (m.duplicate?.originalId === id) return [{ id: m.id, title: m.title, kind: m.duplicate.kind, similarity: m.duplicate.similarity, isOriginal: false }];
      return [];
    });
    return { storyId: story.id, duplicates };
  }
  return { duplicates: [] };
}
