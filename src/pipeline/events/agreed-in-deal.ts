import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Nouns for a concluded, written agreement. */
const DEAL_NOUNS = new Set(['deal', 'agreement', 'accord', 'pact', 'treaty']);
const DEAL_PREPOSITIONS = new Set(['in', 'under']);
/** Articles and modifiers between the preposition and the noun: "under a landmark trade deal". */
const DEAL_NOUN_REACH = 4;

/**
 * "Kenya and Uganda agreed to reopen the border under a deal signed in Kampala", "…agreed to swap prisoners, in a deal
 * brokered by Qatar": what the parties agreed to do was written into a deal they concluded, which CAMEO codes as
 * signing a formal agreement (057), as outside coders code it, not as an intent to cooperate (03x). Only an agreement
 * the stated intent was read from ("agreed to" + a verb) and a deal named after it in the same sentence.
 */
export function withAgreementsInDeals(tokens: readonly Token[], events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  if (!events.some((event) => isAgreedInDeal(tokens, event))) return events;
  return events.map((event) => (isAgreedInDeal(tokens, event) ? { ...event, code: '057' } : event));
}

function isAgreedInDeal(tokens: readonly Token[], event: SentenceEvent): boolean {
  if (event.pattern.id !== '050:agree' || !sentenceEventCode(event).startsWith('03') || event.modality !== 'happened') return false;
  for (let index = event.lastWord + 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token || token.text === '.' || token.text === ';') return false;
    if (DEAL_PREPOSITIONS.has(token.lemma) && hasDealNounAfter(tokens, index)) return true;
  }
  return false;
}

function hasDealNounAfter(tokens: readonly Token[], preposition: number): boolean {
  const article = tokens[preposition + 1]?.lemma;
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let index = preposition + 2; index <= preposition + 1 + DEAL_NOUN_REACH; index++) {
    const token = tokens[index];
    if (!token || (token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'PROPN')) return false;
    if (token.pos === 'NOUN' && DEAL_NOUNS.has(token.lemma)) return true;
  }
  return false;
}
