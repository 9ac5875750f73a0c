import type { Modality } from '../../model/event.ts';
import type { Token } from '../../model/token.ts';
import { firstToActVerb } from './first-to-act.ts';
import { isFiniteAfterConjunction, predicateConjunctionBefore, sharesEarlierVerbForm } from './predicate-conjunction.ts';
import { negatingVerbs } from '../../knowledge/claims/reporting-verbs.ts';

const HYPOTHETICAL = new Set(['could', 'might', 'may', 'if', 'unless', 'whether', 'possibly', 'perhaps']);
/** "not", "n't", "never": the words that deny the verb after them. */
export const NOT_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Words that deny the verb after them, with "no" ("no troops crossed"). */
export const NEGATION: ReadonlySet<string> = new Set([...NOT_WORDS, 'no']);
/** The modals of the future: "would pay", "will impose", "shall retaliate". */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', "'ll"]);
const FUTURE = new Set([...FUTURE_MODALS, 'plan', 'intend', 'prepare', 'expect', 'set', 'due', 'aim', 'schedule', 'about', 'going', 'agree', 'decide', 'vow', 'pledge', 'promise', 'seek', 'want', 'to']);
/** Words before a verb that leave its act undone: "to send", "will hand over", "could find", "did not fly". */
const UNDONE_BEFORE: ReadonlySet<string> = new Set(['to', ...FUTURE_MODALS, 'could', 'might', 'may', 'must', 'should', 'can', ...NOT_WORDS]);

/**
 * Whether a word in the two before the verb at `index` leaves its act undone ("refused to admit", "will hand over",
 * "could have found", "did not send"): the rules that code a done act from a verb and its clause ask it, where the
 * pattern rows' modality is not read.
 */
export function isLeftUndone(tokens: readonly Token[], index: number): boolean {
  return UNDONE_BEFORE.has(tokens[index - 1]?.lemma ?? '') || UNDONE_BEFORE.has(tokens[index - 2]?.lemma ?? '');
}

/**
 * Whether the token at `index` is one of `verbs` written as done: not its base form ("sent", "found", "hands over", not
 * "send" after "did not" or "will") and not left undone by the words before it.
 */
export function isDoneVerb(tokens: readonly Token[], index: number, verbs: ReadonlySet<string>): boolean {
  const token = tokens[index];
  return token?.pos === 'VERB' && verbs.has(token.lemma) && token.text.toLowerCase() !== token.lemma && !isLeftUndone(tokens, index);
}

/** "denied sending", "denied that its troops shelled": a verb of denying governs a verb right after it or its that-clause, not one joined by "and". */
export const DENYING: ReadonlySet<string> = negatingVerbs;
const DENIED_REACH = 2;

/**
 * Reads modality from the words just before the trigger, back to its subject: "will send" / "plans to send" →
 * planned; "could", "if" → hypothetical; "did not", "denied sending" → denied; otherwise it happened.
 */
export function findModality(tokens: readonly Token[], subjectEnd: number, trigger: number, sentenceStart: number): Modality {
  const link = predicateConjunctionBefore(tokens, trigger);
  const clauseFrom = Math.max(sentenceStart, Math.min(subjectEnd + 1, trigger - 4));
  // "agreed to a truce but rejected a pact": a finite verb after its conjunction is read from the conjunction on, so the
  // first verb ("agreed") is not read as the second's intent.
  const isJoined = link !== undefined && link > subjectEnd && isFiniteAfterConjunction(tokens, link);
  const from = isJoined ? link + 1 : clauseFrom;
  let modality: Modality = 'happened';
  // "may have looted and burned", "denied that they looted and burned": the doubt or denial over both past forms.
  if (isJoined && sharesEarlierVerbForm(tokens, link)) {
    const shared = doubtBetween(tokens, clauseFrom, link, 0);
    if (shared === 'denied') return shared;
    if (shared !== undefined) modality = shared;
  }
  const own = doubtBetween(tokens, from, trigger, DENIED_REACH);
  if (own === 'denied') return own;
  if (own !== undefined) modality = own;
  for (let index = from; index < trigger; index++) {
    const word = tokens[index]?.lemma ?? '';
    // "linked to al-Qaeda killed…": "to" before a name is a preposition, not an infinitive of intent.
    // "became the first leader to visit Kyiv": the ranked infinitive was done.
    if (FUTURE.has(word) && modality === 'happened' && !(word === 'to' && (isPrepositionTo(tokens, index, trigger) || firstToActVerb(tokens, trigger) !== undefined))) modality = 'planned';
  }
  for (let index = sentenceStart; index < from; index++) {
    if (tokens[index]?.lemma === 'if') return 'hypothetical';
  }
  return modality;
}

/**
 * The denial or doubt among the words from `from` up to `to`: a negation, or a verb of denying before "that" or within
 * `denialReach` words of `to`, denies; a hypothetical word ("could", "if") leaves the act in doubt.
 */
function doubtBetween(tokens: readonly Token[], from: number, to: number, denialReach: number): 'denied' | 'hypothetical' | undefined {
  let doubt: 'hypothetical' | undefined;
  for (let index = from; index < to; index++) {
    const word = tokens[index]?.lemma ?? '';
    if (NEGATION.has(word) || (DENYING.has(word) && (index >= to - denialReach || tokens[index + 1]?.lemma === 'that'))) return 'denied';
    if (HYPOTHETICAL.has(word)) doubt = 'hypothetical';
  }
  return doubt;
}

function isPrepositionTo(tokens: readonly Token[], index: number, trigger: number): boolean {
  const next = tokens[index + 1];
  return index + 1 < trigger && (next?.pos === 'PROPN' || next?.pos === 'DET' || next?.pos === 'NOUN');
}
