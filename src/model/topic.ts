/** One taxonomy label with its score and the evidence (terms, entities, event codes) that drove it. */
export interface Topic {
  readonly slug: string;
  /** IPTC Media Topic code, e.g. `medtop:16000000`. */
  readonly iptc?: string;
  readonly score: number;
  readonly evidence: readonly string[];
}
