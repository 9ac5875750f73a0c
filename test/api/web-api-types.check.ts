// Compile-time check, run by `npm run typecheck`: the web UI may import only `src/model`, so it keeps its own copy of
// the API's answer shapes (src/web/app/src/api-types.ts). Each line below fails to compile when what the API sends can
// no longer be read as what the UI expects, so the copy cannot drift silently.
import type { ActorProfile } from '../../src/api/actor-profile.ts';
import type { DocumentRelations } from '../../src/api/document-relations.ts';
import type { StoryArticleRef, StoryView } from '../../src/api/story-detail.ts';
import type { StorySummary } from '../../src/storage/corpus-store.ts';
import type { ActorSummary, SearchHit, StoredEvent, StoreStats } from '../../src/storage/store.ts';
import type * as Web from '../../src/web/app/src/api-types.ts';

/** True when a value of the type the API sends can be read as the type the UI declares. */
type ReadableAs<Sent, Read> = [Sent] extends [Read] ? true : false;

export const webApiTypesMatch: readonly true[] = [
  true satisfies ReadableAs<SearchHit, Web.SearchHit>,
  true satisfies ReadableAs<StoreStats, Web.StoreStats>,
  true satisfies ReadableAs<ActorSummary, Web.ActorSummary>,
  true satisfies ReadableAs<StoredEvent, Web.StoredEvent>,
  true satisfies ReadableAs<ActorProfile, Web.ActorProfile>,
  true satisfies ReadableAs<StorySummary, Web.StorySummary>,
  true satisfies ReadableAs<StoryArticleRef, Web.StoryArticleRef>,
  true satisfies ReadableAs<StoryView, Web.StoryDetail>,
  true satisfies ReadableAs<DocumentRelations, Web.DocumentRelations>,
];
