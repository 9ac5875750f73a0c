import type { Sentence, Token } from '../../model/token.ts';

/** Tokens a learned trigger may sit on: verbs and nouns outside an actor's mention. */
export function isTriggerCandidate(tokens: readonly Token[], index: number, inMention: ReadonlySet<number>): boolean {
  const pos = tokens[index]?.pos;
  return (pos === 'VERB' || pos === 'NOUN') && !inMention.has(index);
}

const NEGATIONS = new Set(['not', 'never', 'no', "n't"]);
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'shall']);
const REPORTING = new Set(['say', 'tell', 'state', 'report', 'add', 'announce', 'according']);
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '"', '“', '”']);
const ACTOR_REACH = 6;

/**
 * The features the trigger classifier reads at a token: its lemma and tag, its neighbours, a modal or negation before
 * it, whether an actor stands close before and after it in the clause, and whether the sentence reports speech.
 * Training and coding call this one function, so the model reads at run time exactly what it was trained on.
 */
export function triggerFeatures(tokens: readonly Token[], index: number, sentence: Sentence, inMention: ReadonlySet<number>, reportedFrom = firstReportingToken(tokens, sentence)): string[] {
  const token = tokens[index] as Token;
  const lemma = token.lemma;
  const at = (offset: number): Token | undefined => {
    const position = index + offset;
    return position >= sentence.firstToken && position <= sentence.lastToken ? tokens[position] : undefined;
  };
  const previous = at(-1);
  const next = at(1);
  const features = [
    `w=${lemma}`,
    `wp=${lemma}|${token.pos}`,
    `p-1=${previous?.pos ?? '^'}`,
    `p+1=${next?.pos ?? '$'}`,
    `w-1=${previous?.lemma ?? '^'}`,
    `w+1=${next?.lemma ?? '$'}`,
    `ww-1=${lemma}|${previous?.lemma ?? '^'}`,
    `ww+1=${lemma}|${next?.lemma ?? '$'}`,
    `ww+2=${lemma}|${at(2)?.lemma ?? '$'}`,
    `wing=${lemma}|${token.text.endsWith('ing') ? 'ing' : token.text.endsWith('ed') ? 'ed' : '-'}`,
  ];
  let isNegated = false;
  let isModal = false;
  for (let offset = -3; offset < 0; offset++) {
    const before = at(offset)?.lemma ?? '';
    if (NEGATIONS.has(before)) isNegated = true;
    if (MODALS.has(before)) isModal = true;
  }
  if (isNegated) features.push('neg', `wneg=${lemma}`);
  if (isModal) features.push('modal');
  const actorBefore = hasActorWithin(tokens, index, -1, sentence, inMention);
  const actorAfter = hasActorWithin(tokens, index, 1, sentence, inMention);
  features.push(`sides=${actorBefore ? 'b' : '-'}${actorAfter ? 'a' : '-'}`, `wsides=${lemma}|${actorBefore ? 'b' : '-'}${actorAfter ? 'a' : '-'}`);
  if (reportedFrom < index) features.push('reported');
  features.push('bias');
  return features;
}

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
