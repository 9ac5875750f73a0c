import { corroborateStory } from '../corpus/corroborate-story.ts';
import type { StoryArticle } from '../corpus/independent-source.ts';
import { NotFoundError } from '../model/errors.ts';
import type { Fact } from '../model/fact.ts';
import type { Store } from '../storage/store.ts';

/** The merged, corroborated facts of one stored story. */
export async function storyFacts(store: Store, storyId: string): Promise<readonly Fact[]> {
  const story = await store.corpus.getStory(storyId);
  if (!story) throw new NotFoundError(`No story \`${storyId}\` in the store; \`tidings stories\` lists them.`);
  const articles: StoryArticle[] = [];
  for (const member of story.members) {
    const doc = await store.getDocument(member.id);
    if (doc) articles.push({ doc, ...(member.duplicate ? { originalId: member.duplicate.originalId } : {}) });
  }
  return corroborateStory(articles);
}
