import { NONE, type LabelledCandidate, type TriggerCandidate } from './weak-trigger-labels.ts';

/** A coder's trigger, found in the text: where its word starts, and the coding's code. */
export interface GoldTrigger {
  readonly start: number;
  readonly code: string;
}

/**
 * Labels a sentence's candidate tokens from the coders' own trigger words (session 19's labels): a candidate whose
 * token holds a gold trigger takes that coding's root and code (the first listed, when two codings share the word, as
 * a visit's 042 and 043 do); every other candidate is NONE. A trigger on no candidate (an adjective, a word the rules
 * used up, a sentence with no coded actor) labels nothing: the proposer could not have proposed it.
 */
export function labelGoldTriggers(candidates: readonly TriggerCandidate[], triggers: readonly GoldTrigger[]): LabelledCandidate[] {
  return candidates.map((candidate) => {
    const span = candidate.span;
    const trigger = span ? triggers.find(({ start }) => span.start <= start && start < span.end) : undefined;
    return { lemma: candidate.lemma, features: candidate.features, ...(trigger ? { root: trigger.code.slice(0, 2), code: trigger.code } : { root: NONE }) };
  });
}
