import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { pluralReferent } from './plural-referent.ts';
import { reportingSpeaker } from './reporting-speaker.ts';
import { QUOTES } from './clause-shape.ts';
import { FUTURE_MODALS } from './find-modality.ts';
import { sentenceWords } from './sentence-words.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';

const SPEAKING = new Set(['say', 'warn', 'vow', 'threaten', 'declare', 'tell', 'insist', 'pledge', 'promise', 'swear']);
const PRICE_GAP = 4;
const PAY_WORDS = sentenceWords(['pay']);

/**
 * "A Hezbollah commander said Israel would pay a heavy price", "Tehran warned that Washington will pay dearly": a speaker
 * saying another side will pay for what it did threatens it (138), from the speaker to the side named as paying.
 */
function priceThreat(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => event.pattern.code.startsWith('13') || event.code?.startsWith('13') === true)) return [];
  for (let index = sentence.firstToken + 3; index < sentence.lastToken; index++) {
    // "will 'pay dearly'": the words quoted may open at the verb.
    const modal = QUOTES.has(tokens[index - 1]?.text ?? '') ? index - 2 : index - 1;
    if (tokens[index]?.lemma !== 'pay' || !FUTURE_MODALS.has(tokens[modal]?.lemma ?? '') || !isPriceAfter(tokens, index)) continue;
    const named = groups.find((group) => group.last === modal - 1);
    const speaker = reportingSpeaker(tokens, groups, named?.first ?? index, sentence.firstToken, SPEAKING);
    // "Ruritanian and Freedonian ships shelled the port, and a rebel spokesman said both navies would pay": the pair
    // named earlier in the sentence.
    const payer = named ?? pluralReferent(tokens, groups, speaker, index, index - PRICE_GAP - 1);
    const pattern = builtinPatternOf(patterns, 'threaten', '130');
    const from = speaker?.members[0];
    if (!payer || !from?.code || !pattern) return [];
    return payer.members.filter((to) => to.code !== undefined && to.code.slice(0, 3) !== from.code?.slice(0, 3)).map((to) => ({ pattern, code: '138', rule: '138:price-threat', trigger: index, lastWord: index, source: from, target: to, modality: 'happened' as const, isPassive: false }));
  }
  return [];
}

// A price that punishes: "a heavy price", "a steep price"; "a higher price for fuel" and "a record price" are costs.
const PUNISHING = new Set(['heavy', 'heavier', 'high', 'steep', 'dear', 'terrible', 'bitter', 'painful', 'huge', 'harsh']);

/**
 * "pay a heavy price", "pay the price for its aggression", "pay dearly"; "pay the price of hosting the summit" and
 * "pay a higher price for fuel" name a cost, not a punishment.
 */
function isPriceAfter(tokens: readonly Token[], pay: number): boolean {
  if (tokens[pay + 1]?.lemma === 'dearly') return true;
  for (let index = pay + 1; index <= pay + PRICE_GAP; index++) {
    if (tokens[index]?.lemma !== 'price') continue;
    const before = tokens[index - 1]?.text.toLowerCase() ?? '';
    return PUNISHING.has(before) || (before === 'the' && tokens[index + 1]?.lemma === 'for');
  }
  return false;
}

/** `priceThreat`, called only on a sentence with its anchor words. */
export const priceThreatRule: ImpliedRuleEntry = { imply: priceThreat, needsEvents: false, anchors: [PAY_WORDS] };
