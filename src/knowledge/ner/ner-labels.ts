/** The entity types CoNLL-2003 annotates, in the order the weights store them. */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** IOB2 labels the recogniser decodes in: `O`, then `B-`/`I-` for each type. */
export const NER_LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((type) => [`B-${type}`, `I-${type}`])];

/** Whether label `to` may follow label `from` (`null` = sentence start): `I-X` only continues `B-X` or `I-X`. */
export function isAllowedTransition(from: string | null, to: string): boolean {
  if (!to.startsWith('I-')) return true;
  return from !== null && from !== 'O' && from.slice(2) === to.slice(2);
}
