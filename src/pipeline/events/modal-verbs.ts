/** The modal verbs, by lemma: read by the rules (an attack a modal follows is imagined) and by the trigger proposer's features. */
export const MODAL_VERBS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'shall']);
