import type { Provenance, Span } from './span.ts';

export type SourceKind = 'state-media' | 'official' | 'anonymous' | 'outlet' | 'person' | 'organisation' | 'unattributed';

/** An attribution: who says it, the reporting verb, what is said, and how hedged it is. */
export interface Claim extends Provenance {
  readonly id: string;
  /** Speaker as written ("state reports", "KCNA", "Shoigu"). */
  readonly speaker: string;
  readonly speakerActorId?: string;
  readonly speakerSpan?: Span;
  readonly verb: string;
  readonly content: Span;
  readonly span: Span;
  readonly sourceKind: SourceKind;
  readonly isHedged: boolean;
  readonly isNegated: boolean;
}
