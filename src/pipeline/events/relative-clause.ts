import type { Token } from '../../model/token.ts';

/**
 * One reader of the relative clauses that hang from a noun ("a move that Paris condemned", "a drone strike on a clinic
 * that killed nine", "the raid, in which two guards were shot"), shared by the readers of judged moves, judgements in
 * speech and attack nouns: where the relative word stands, and where the phrase it hangs from ends.
 */

/** How far back from a verb its relative word is looked for ("in which two guards at the gate were shot"). */
const RELATIVE_GAP = 14;
const RELATIVE_PREPOSITIONS = new Set(['in', 'during']);

/** "that", "which": the words that open a relative clause on a thing ("who" opens one on people, read by actor-groups). */
export function isRelativeWord(token: Token | undefined): boolean {
  return token?.lemma === 'that' || token?.lemma === 'which';
}

/**
 * "that killed", "which had hit": "that" or "which" right before the verb (auxiliaries and adverbs between); "in which
 * three gunmen were killed": after "in" or "during", the clause's own subject may stand between. -1 if none.
 */
export function relativeWordBefore(tokens: readonly Token[], verb: number, sentenceStart: number): number {
  let index = verb - 1;
  while (index > sentenceStart && (tokens[index]?.pos === 'AUX' || tokens[index]?.pos === 'ADV')) index--;
  if (isRelativeWord(tokens[index])) return index;
  for (let at = index; at >= Math.max(sentenceStart + 1, verb - RELATIVE_GAP); at--) {
    const token = tokens[at];
    if (!token || token.pos === 'VERB' || token.text === ',') return -1;
    if (isRelativeWord(token)) return RELATIVE_PREPOSITIONS.has(tokens[at - 1]?.lemma ?? '') ? at : -1;
  }
  return -1;
}

/**
 * The last word of the phrase a relative clause hangs from, before its relative word at `relative`: past "in" or
 * "during" ("the offensive in which…") and a comma that sets the clause off ("the decision, which…").
 */
export function headEndBefore(tokens: readonly Token[], relative: number): number {
  const opener = RELATIVE_PREPOSITIONS.has(tokens[relative - 1]?.lemma ?? '') ? relative - 1 : relative;
  return tokens[opener - 1]?.text === ',' ? opener - 2 : opener - 1;
}
