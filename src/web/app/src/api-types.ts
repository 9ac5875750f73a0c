import type { ActorRole } from '../../../model/actor.ts';
import type { DyadDay } from '../../../model/dyad-day.ts';
import type { Event } from '../../../model/event.ts';
import type { Fact } from '../../../model/fact.ts';

/** Shapes of the API's JSON answers as the UI reads them (the document itself is the model's AnalyzedDocument). */
export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly source?: string;
  readonly url?: string;
  readonly published?: string;
  readonly snippet: string;
  readonly score: number;
}

export interface SearchResponse {
  readonly total: number;
  readonly isTotalCapped: boolean;
  readonly hits: readonly SearchHit[];
  readonly counts: { readonly sources: Record<string, number> };
}

export interface StoreStats {
  readonly articles: number;
  readonly sources: number;
  readonly actors: number;
  readonly events: number;
  readonly stories: number;
  readonly duplicates: number;
}

export interface ActorSummary {
  readonly key: string;
  readonly name: string;
  readonly kind: string;
  readonly code?: string;
  readonly country?: string;
  readonly documents: number;
  readonly events: number;
}

export interface StoredEvent extends Event {
  readonly documentId: string;
  readonly published?: string;
  readonly source?: string;
  readonly sentenceText: string;
  /** Readable names of the actor codes ("European Union" for `IGOEEU`). */
  readonly sourceName?: string;
  readonly targetName?: string;
}

export interface ActorProfile {
  readonly summary: ActorSummary;
  readonly aliases: readonly string[];
  readonly roles: readonly ActorRole[];
  readonly events: readonly StoredEvent[];
  readonly counterparts: readonly { key: string; events: number; cooperation: number; conflict: number }[];
}

export interface DyadResponse {
  readonly a: string;
  readonly b: string;
  readonly days: readonly DyadDay[];
}

export interface MapResponse {
  readonly places: readonly { key: string; name: string; country?: string; region?: string; lat: number; lon: number; precision: string; articles: number; events: number }[];
  readonly articles: number;
  readonly total: number;
  readonly unlocated: number;
}

export interface NetworkResponse {
  readonly nodes: readonly { id: string; name: string; events: number }[];
  readonly edges: readonly { source: string; target: string; events: number; cooperation: number; conflict: number; goldstein: number }[];
  readonly scannedEvents: number;
}

export interface StorySummary {
  readonly id: string;
  readonly headline: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly articles: number;
  readonly sources: number;
}

export interface StoryArticleRef {
  readonly id: string;
  readonly title: string;
  readonly source?: string;
  readonly published?: string;
  readonly url?: string;
  readonly duplicateOf?: { readonly id: string; readonly kind: string; readonly similarity: number };
}

export interface StoryDetail {
  readonly story: StorySummary;
  readonly articles: readonly StoryArticleRef[];
  readonly events: readonly StoredEvent[];
  readonly facts: readonly Fact[];
  readonly plainFacts: readonly string[];
}

export interface DocumentRelations {
  readonly storyId?: string;
  readonly duplicates: readonly { readonly id: string; readonly title?: string; readonly kind: string; readonly similarity: number; readonly isOriginal: boolean }[];
}
