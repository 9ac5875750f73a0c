import type { Span } from './span.ts';

export type ActorKind = 'person' | 'organisation' | 'country' | 'group' | 'media';

/** A role the text gives an actor, e.g. "leader of North Korea", with the span that states it. */
export interface ActorRole {
  readonly title: string;
  /** ISO 3166-1 alpha-3 code of the country the role belongs to, when known. */
  readonly country?: string;
  readonly span?: Span;
}

/** A document-level referent with all its mentions ("North Korean leader Kim", "Kim", "Kim Jong Un"). */
export interface Actor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly mentions: readonly Span[];
  readonly roles: readonly ActorRole[];
  /** ISO 3166-1 alpha-3. */
  readonly country?: string;
  /** CAMEO actor code: country ISO-3 + agent type, e.g. `PRKGOV`, `RUSMIL`, `IGOUNO`. */
  readonly code?: string;
  readonly aliases?: readonly string[];
}
