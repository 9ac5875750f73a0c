import type { Token } from '../../model/token.ts';
import { POSSESSIVES } from './actor-groups.ts';
import { isGluedAfterHyphen, isGluingHyphen } from './hyphen-glue.ts';

/** How far a pattern's next word may lie past its verb when only the words of one noun phrase come between. */
export const NOUN_PHRASE_REACH = 9;

/** "a second round of talks", "after 16 hours of talks": a count of rounds or of time before "of" is still the talks' phrase. */
export const SPAN_NOUNS: ReadonlySet<string> = new Set(['round', 'rounds', 'series', 'wave', 'session', 'sessions', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months']);

/**
 * The last token of the noun phrase opening at `from` (determiners, owners, numbers, adjectives, nouns, "and" between
 * modifiers, "a round of"), at most `limit`; `from - 1` when none opens there. "signed a fisheries and border cooperation
 * accord", "held a third round of closed-door talks": the object noun lies past the word gap, with only its own
 * modifiers between, so the verb's pattern still reaches it. A verb, a preposition or a punctuation mark ends the run.
 */
export function nounPhraseEnd(tokens: readonly Token[], from: number, limit: number): number {
  let at = from;
  for (; at <= limit; at++) {
    const token = tokens[at];
    if (!token) break;
    // "a long-awaited accord", "closed-door talks": a hyphenated modifier.
    if (isHyphenGlued(tokens, at) && at > from) continue;
    if (token.pos === 'ADP' && token.lemma === 'of' && SPAN_NOUNS.has(tokens[at - 1]?.lemma ?? '')) continue;
    if (token.pos === 'CCONJ' && at > from && isModifier(tokens[at - 1]) && isModifier(tokens[at + 1])) continue;
    // "its most powerful test": a degree word before an adjective.
    if (token.pos === 'ADV' && at > from && (tokens[at + 1]?.pos === 'ADJ' || tokens[at + 1]?.pos === 'ADV')) continue;
    if (token.pos === 'PRON' ? !POSSESSIVES.has(token.lemma) : !PHRASE_TAGS.has(token.pos)) break;
  }
  return at - 1;
}

const PHRASE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN']);

function isModifier(token: Token | undefined): boolean {
  return token?.pos === 'ADJ' || token?.pos === 'NOUN' || token?.pos === 'ADV';
}

/** A hyphen joining two words, or a word joined to the next or the last by one ("long-awaited", "closed-door"). */
function isHyphenGlued(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text === '-') return isGluingHyphen(tokens, at);
  return isGluingHyphen(tokens, at + 1) || isGluedAfterHyphen(tokens, at);
}
