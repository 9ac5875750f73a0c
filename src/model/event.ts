import type { Provenance, Span } from './span.ts';

export type QuadClass = 1 | 2 | 3 | 4;
export type Modality = 'happened' | 'planned' | 'denied' | 'hypothetical';

/** A CAMEO-coded event: who did what to whom, where, when, under which claim, and which rule fired. */
export interface Event extends Provenance {
  readonly id: string;
  /** Full CAMEO code, e.g. `0411`. */
  readonly code: string;
  /** Base (three-digit) code, e.g. `041`. */
  readonly baseCode: string;
  /** Root (two-digit) code, e.g. `04`. */
  readonly rootCode: string;
  readonly label: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
  readonly sourceActorId?: string;
  readonly targetActorId?: string;
  /** CAMEO actor codes (PRKGOV, RUSMIL…). */
  readonly sourceCode?: string;
  readonly targetCode?: string;
  /** True when the event has no target by its nature ("protesters took to the streets"), not because an actor was missed. */
  readonly isTargetless?: boolean;
  /**
   * True when the report itself does not know the doer ("was shot dead", "a car bomb exploded, killing 12"), not because an
   * actor was missed: PETRARCH's `---` source. The event has no `sourceCode`.
   */
  readonly isSourceUnknown?: boolean;
  readonly placeId?: string;
  /** When it happened: a TimeML value. */
  readonly date?: string;
  /** True when the date fell back to the publication date. */
  readonly isDateFromPublication: boolean;
  readonly modality: Modality;
  readonly claimId?: string;
  readonly trigger: Span;
  readonly sentence: Span;
}
