import type { Fact } from '../model/fact.ts';
import { NotFoundError } from '../model/errors.ts';
import { storyFacts } from '../service/story-facts.ts';
import type { StorySummary } from '../storage/corpus-store.ts';
import type { Store } from '../storage/store.ts';
import { nameEvents, type NamedEvent } from './name-events.ts';

/** One article of a story as the Story view lists it; copies point at the article they copy. */
export interface StoryArticleRef {
  readonly id: string;
  readonly title: string;
  readonly source?: string;
  readonly published?: string;
  readonly duplicateOf?: { readonly id: string; readonly kind: string; readonly similarity: number };
}

/** Everything the Story view shows: members, events by event date, corroborated facts, plain facts. */
export interface StoryView {
  readonly story: StorySummary;
  readonly articles: readonly StoryArticleRef[];
  readonly events: readonly NamedEvent[];
  readonly facts: readonly Fact[];
  readonly plainFacts: readonly string[];
}

/** Gathers a story's view; events and plain facts come from originals only, so a copy does not count twice. */
export async function loadStoryView(store: Store, id: string): Promise<StoryView> {
  const detail = await store.corpus.getStory(id);
  if (!detail) throw new NotFoundError(`No story \`${id}\` in the store.`);
  const { members, ...story } = detail;
  const articles = members.map((m): StoryArticleRef => ({
    id: m.id, title: m.title,
    ...(m.source ? { source: m.source } : {}), ...(m.published ? { published: m.published } : {}),
    ...(m.duplicate ? { duplicateOf: { id: m.duplicate.originalId, kind: m.duplicate.kind, similarity: m.duplicate.similarity } } : {}),
  }));
  const originals = articles.filter((a) => !a.duplicateOf).slice(0, 100);
  const events = nameEvents((await Promise.all(originals.map((a) => store.listEvents({ documentId: a.id, limit: 200 })))).flat());
  const plainFacts = new Set<string>();
  for (const a of originals.slice(0, 20)) {
    for (const fact of (await store.getDocument(a.id))?.register?.plainFacts ?? []) plainFacts.add(fact);
  }
  return { story, articles, events, facts: await storyFacts(store, id), plainFacts: [...plainFacts] };
}
