import type { Sentence, Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { isPassiveAt, isReducedPassive } from './clause-shape.ts';
import { soleCountry } from './country-of-countryless.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { countryOf } from './state-country.ts';

/** The arresting states this step names: a state read from the sentence, not a subject a later "they" may stand for. */
const INFERRED = new WeakSet<ActorMention>();

/** Whether a source is an arresting state `withHomeArresters` inferred (kept out of the next sentence's discourse context). */
export function isInferredArrester(mention: ActorMention | undefined): boolean {
  return mention !== undefined && INFERRED.has(mention);
}

/**
 * "The Chilean army chief was arrested after the mutiny failed", "the arrest of a Thai banker", "suspects detained
 * without trial in Chile": an arrest with no maker in the wording (a passive without agent, or a noun) is made by the
 * state of the one country the whole sentence names, when the person held is of it; arrests are a state's act at home.
 * Not an active verb whose subject the actor lists do not know ("tribesmen detained a Yemeni aid worker", "store
 * guards detained a British shoplifter"): such a maker is as often no state at all. Not when another arrest of the same person
 * (or of one with the same code) already has a maker ("prosecutors charged the ex-president, weeks after she was
 * arrested"), nor when a second country is in play, where nothing says whose state acted.
 */
export function withHomeArresters(tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[], events: readonly SentenceEvent[]): SentenceEvent[] {
  const isUnmade = (event: SentenceEvent): boolean => event.source?.code === undefined && event.target !== undefined && !isActiveVerb(tokens, sentence, event.trigger) && sentenceEventCode(event).startsWith('173');
  if (!events.some(isUnmade)) return [...events];
  const sole = soleCountry(tokens, mentions);
  if (!sole) return [...events];
  return events.map((event) => {
    const { target } = event;
    if (!isUnmade(event) || !target || countryOf(target) !== sole) return event;
    const isMadeElsewhere = events.some((other) => other !== event && other.source?.code !== undefined && (other.target?.first === target.first || other.target?.code === target.code) && sentenceEventCode(other).startsWith('173'));
    if (isMadeElsewhere) return event;
    // The state is named by the first mention of its country that is not the person held.
    const home = mentions.find((mention) => countryOf(mention) === sole && mention.first !== target.first) ?? target;
    const source = actorMention({ first: home.first, last: home.last, code: sole, name: home.name, country: sole });
    INFERRED.add(source);
    return { ...event, source };
  });
}

/** Words that open a verb's object: "detained a reporter", "held 26 pirates", "arrested him". */
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON']);

/**
 * Whether an arrest trigger is a verb in the active voice with its object after it, whose subject is the arrest's maker;
 * not "suspects detained without trial" (a participle with no object) nor "by detaining them" (a gerund after a
 * preposition, whose maker is the clause's own subject).
 */
function isActiveVerb(tokens: readonly Token[], sentence: Sentence, trigger: number): boolean {
  if (tokens[trigger]?.pos !== 'VERB' || isPassiveAt(tokens, trigger) || isReducedPassive(tokens, trigger, sentence.firstToken)) return false;
  return tokens[trigger - 1]?.pos !== 'ADP' && OBJECT_OPENERS.has(tokens[trigger + 1]?.pos ?? '');
}
