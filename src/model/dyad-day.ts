/** One actor pair on one day: the relation's curve over time, events counted once across copies. */
export interface DyadDay {
  readonly day: string;
  readonly source: string;
  readonly target: string;
  readonly events: number;
  /** Events per QuadClass: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  readonly quadClass: readonly [number, number, number, number];
  readonly goldstein: number;
  /** Mean tone of the reporting articles (-100..100), when known. */
  readonly tone?: number;
}
