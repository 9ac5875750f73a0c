import type { Store } from '../storage/store.ts';

/** An article's story and its copies: the original it copies, or the copies and rewrites of it. */
export interface DocumentRelations {
  readonly storyId?: string;
  readonly duplicates: readonly { readonly id: string; readonly title: string; readonly kind: string; readonly similarity: number; readonly isOriginal: boolean }[];
}

/** Finds the story an article belongs to (an indexed lookup by article), then reads its copy links from the story's members. */
export async function findDocumentRelations(store: Store, id: string): Promise<DocumentRelations> {
  const storyId = await store.corpus.storyIdOf(id);
  const story = storyId === undefined ? undefined : await store.corpus.getStory(storyId);
  const self = story?.members.find((m) => m.id === id);
  if (!story || !self) return { duplicates: [] };
  const originalId = self.duplicate?.originalId;
  const duplicates = story.members.flatMap((m) => {
    if (m.id === originalId) return [{ id: m.id, title: m.title, kind: self.duplicate?.kind ?? 'near', similarity: self.duplicate?.similarity ?? 0, isOriginal: true }];
    if (m.duplicate?.originalId === id) return [{ id: m.id, title: m.title, kind: m.duplicate.kind, similarity: m.duplicate.similarity, isOriginal: false }];
    return [];
  });
  return { storyId: story.id, duplicates };
}
