import type { Provenance, Span } from './span.ts';

export type EntityType = 'person' | 'organisation' | 'place' | 'nationality' | 'event-name' | 'misc';

/** A name mention in the text, before it is resolved to an actor or a place. */
export interface Entity extends Provenance {
  readonly id: string;
  readonly type: EntityType;
  readonly text: string;
  readonly span: Span;
  /** Id of the `Actor` this mention refers to, when one was linked. */
  readonly actorId?: string;
  /** Id of the `Place` this mention resolves to, when it is a place. */
  readonly placeId?: string;
}
