import type { Sentence, Token } from '../../model/token.ts';
import { MODAL_VERBS } from './modal-verbs.ts';

/** Tokens a learned trigger may sit on: verbs and nouns outside an actor's mention. */
export function isTriggerCandidate(tokens: readonly Token[], index: number, inMention: ReadonlySet<number>): boolean {
  const pos = tokens[index]?.pos;
  return (pos === 'VERB' || pos === 'NOUN') && !inMention.has(index);
}

export const NEGATIONS = new Set(['not', 'never', 'no', "n't"]);
const REPORTING = new Set(['say', 'tell', 'state', 'report', 'add', 'announce', 'according']);
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '"', '“', '”']);
const ACTOR_REACH = 6;

/**
 * The features the trigger classifier reads at a token: its lemma and tag, its neighbours, a modal or negation before
 * it, whether an actor stands close before and after it in the clause, and whether the sentence reports speech.
 * Training and coding read them through this one function and its parts (`trigger-weight-table.ts` looks up the same
 * keys by their parts, in the same order), so the model reads at run time exactly what it was trained on.
 */
export function triggerFeatures(tokens: readonly Token[], index: number, sentence: Sentence, inMention: ReadonlySet<number>, reportedFrom = firstReportingToken(tokens, sentence)): string[] {
  const token = tokens[index] as Token;
  const lemma = token.lemma;
  const previous = tokenAt(tokens, sentence, index - 1);
  const next = tokenAt(tokens, sentence, index + 1);
  const features = [
    `w=${lemma}`,
    `wp=${lemma}|${token.pos}`,
    `p-1=${previous?.pos ?? '^'}`,
    `p+1=${next?.pos ?? '$'}`,
    `w-1=${previous?.lemma ?? '^'}`,
    `w+1=${next?.lemma ?? '$'}`,
    `ww-1=${lemma}|${previous?.lemma ?? '^'}`,
    `ww+1=${lemma}|${next?.lemma ?? '$'}`,
    `ww+2=${lemma}|${tokenAt(tokens, sentence, index + 2)?.lemma ?? '$'}`,
    `wing=${lemma}|${endingOf(token)}`,
  ];
  if (hasWordBefore(tokens, sentence, index, NEGATIONS)) features.push('neg', `wneg=${lemma}`);
  if (hasWordBefore(tokens, sentence, index, MODAL_VERBS)) features.push('modal');
  const sides = actorSides(tokens, index, sentence, inMention);
  features.push(`sides=${sides}`, `wsides=${lemma}|${sides}`);
  if (reportedFrom < index) features.push('reported');
  features.push('bias');
  return features;
}

/** The sentence's token at `position`, none past its edges. */
export function tokenAt(tokens: readonly Token[], sentence: Sentence, position: number): Token | undefined {
  return position >= sentence.firstToken && position <= sentence.lastToken ? tokens[position] : undefined;
}

/** The `wing` feature's ending of a token's text: `ing`, `ed` or `-`. */
export function endingOf(token: Token): string {
  return token.text.endsWith('ing') ? 'ing' : token.text.endsWith('ed') ? 'ed' : '-';
}

/** Whether one of `words` is the lemma of one of the three tokens before the token (`NEGATIONS`, `MODAL_VERBS`). */
export function hasWordBefore(tokens: readonly Token[], sentence: Sentence, index: number, words: ReadonlySet<string>): boolean {
  for (let offset = -3; offset < 0; offset++) if (words.has(tokenAt(tokens, sentence, index + offset)?.lemma ?? '')) return true;
  return false;
}

/** The `sides` feature: `b` for an actor close before the token, `a` for one close after, `-` for each missing. */
export function actorSides(tokens: readonly Token[], index: number, sentence: Sentence, inMention: ReadonlySet<number>): string {
  return SIDES[(hasActorWithin(tokens, index, -1, sentence, inMention) ? 2 : 0) + (hasActorWithin(tokens, index, 1, sentence, inMention) ? 1 : 0)] as string;
}

// Literals rather than a joined string: a map look-up then reuses the literal's hash instead of hashing a new string.
const SIDES = ['--', '-a', 'b-', 'ba'];

/**
 * Where the sentence's first reporting word stands (past its end if none): a sentence property, found once per sentence
 * by the callers that score several of its tokens rather than once per token.
 */
export function firstReportingToken(tokens: readonly Token[], sentence: Sentence): number {
  for (let position = sentence.firstToken; position <= sentence.lastToken; position++) if (REPORTING.has(tokens[position]?.lemma ?? '')) return position;
  return sentence.lastToken + 1;
}

/** Whether an actor's mention starts within a few tokens before (`step` −1) or after (+1), with no clause break between. */
function hasActorWithin(tokens: readonly Token[], index: number, step: -1 | 1, sentence: Sentence, inMention: ReadonlySet<number>): boolean {
  for (let offset = 1; offset <= ACTOR_REACH; offset++) {
    const position = index + step * offset;
    if (position < sentence.firstToken || position > sentence.lastToken) return false;
    if (inMention.has(position)) return true;
    if (CLAUSE_BREAKS.has(tokens[position]?.text ?? '')) return false;
  }
  return false;
}
