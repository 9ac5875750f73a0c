import type { Actor } from './actor.ts';
import type { Claim } from './claim.ts';
import type { DateMention } from './date-mention.ts';
import type { Dateline } from './dateline.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { Entity } from './entity.ts';
import type { Event } from './event.ts';
import type { Place } from './place.ts';
import type { Quantity } from './quantity.ts';
import type { Register } from './register.ts';
import type { Sentence, Token } from './token.ts';
import type { Topic } from './topic.ts';

/** What a caller knows about an article before analysis. `published` anchors every relative date. */
export interface ArticleMeta {
  readonly title?: string;
  readonly url?: string;
  /** Feed item id (RSS guid, Atom id, JSON Feed id): re-ingesting the same item never duplicates it. */
  readonly guid?: string;
  readonly source?: string;
  /** ISO 8601 date or date-time of publication. */
  readonly published?: string;
  readonly language?: string;
}

/** The one document type that flows through analysis, storage, API, CLI and UI. */
export interface AnalyzedDocument {
  readonly id: string;
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly language: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** The wire dateline opening the body, when there is one. */
  readonly dateline?: Dateline;
  readonly entities: readonly Entity[];
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
  readonly dates: readonly DateMention[];
  readonly quantities: readonly Quantity[];
  readonly claims: readonly Claim[];
  readonly events: readonly Event[];
  readonly topics: readonly Topic[];
  readonly register?: Register;
  readonly diagnostics: readonly Diagnostic[];
}
