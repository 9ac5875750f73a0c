import type { Token } from '../../model/token.ts';
import { phraseAfter, type TokenRange } from './speaker-phrase.ts';

const HEARER_LINK = /^(?:that|to|of|against|not|over|about|,)$/i;
const TIME_WORD = /^(?:last|this|next|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|in|at|during|after|before)$/i;

/**
 * Who was told or warned: the noun phrase after the verb, ending before "that". A time phrase there is no hearer
 * ("warned last month that…"), and the content keeps its subject ("warned that famine conditions had spread").
 */
export function hearerAfter(tokens: readonly Token[], from: number, last: number, verb: string): TokenRange | undefined {
  if (TIME_WORD.test(tokens[from]?.text ?? '')) return undefined;
  const phrase = phraseAfter(tokens, from, last);
  if (!phrase) return undefined;
  let end = phrase.last;
  for (let i = phrase.first; i <= phrase.last; i++) {
    // "told the council at that meeting that…": a "that" after a preposition is a determiner, not the clause's opening.
    if (tokens[i]?.lemma === 'that' && tokens[i - 1]?.pos !== 'ADP') {
      end = i - 1;
      break;
    }
  }
  if (end < phrase.first) return undefined;
  // "warned growth would slow": besides "tell", a hearer is followed by what links it to the message.
  const isTelling = verb === 'tell' || verb === 'inform' || verb === 'brief';
  if (!isTelling && !HEARER_LINK.test(tokens[end + 1]?.text ?? '')) return undefined;
  return { first: phrase.first, last: end };
}
