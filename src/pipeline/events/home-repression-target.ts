import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { STATE_SIDE_ROLES, roleOf } from './agent-roles.ts';
import { soleCountry } from './country-of-countryless.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { countryOf } from './state-country.ts';

/** The people this step names: read from the sentence's country, not a side the next sentence may go on with. */
const INFERRED = new WeakSet<ActorMention>();

/** Whether a target is the home people `withHomeRepressionTargets` inferred (kept out of the discourse context). */
export function isInferredRepressed(mention: ActorMention | undefined): boolean {
  return mention !== undefined && INFERRED.has(mention);
}

/** "A crackdown on tax evasion", "clamped down on doping": a crackdown is aimed at an activity it names, not at a crowd. */
const CRACKDOWN_WORDS = new Set(['crack', 'clamp', 'crackdown', 'clampdown']);

/** Repression (175) and arrest (173): what a state's forces do to people at home. */
const HOME_COERCION = /^17[35]/;

/**
 * "Zambian police fired tear gas at fishermen who were blocking the bridge", "riot police used water cannon on followers
 * of the cleric": a state's forces repressing (CAMEO 175) people no actor names, in a sentence that names no other
 * country, repress their own civilians; so do they arrest them ("Peruvian police arrested a 30-year-old suspect", "Laotian
 * officials detained four villagers", 173). With a second country in play ("border guards used tear gas on migrants from
 * Belarus", "arrested a French teacher") nothing says whose people they were.
 */
export function withHomeRepressionTargets(tokens: readonly Token[], mentions: readonly ActorMention[], events: readonly SentenceEvent[]): SentenceEvent[] {
  const isUnaimed = (event: SentenceEvent): boolean => event.target?.code === undefined && !event.isTargetless && HOME_COERCION.test(sentenceEventCode(event)) && !CRACKDOWN_WORDS.has(tokens[event.trigger]?.lemma.toLowerCase() ?? '') && STATE_SIDE_ROLES.has(roleOf(event.source?.code));
  if (!events.some(isUnaimed)) return [...events];
  const sole = soleCountry(tokens, mentions);
  if (!sole) return [...events];
  return events.map((event) => {
    if (!isUnaimed(event) || countryOf(event.source) !== sole) return event;
    // "police arrested him": someone named before, whose country this sentence does not give. "The navy captured 23 pirates":
    // troops seize people abroad as often as at home.
    if (sentenceEventCode(event).startsWith('173') && (tokens[event.lastWord + 1]?.pos === 'PRON' || roleOf(event.source?.code) === 'MIL')) return event;
    // "opened fire on protesters, killing twelve": a toll restating a repression already aimed adds no second one.
    if (events.some((other) => other !== event && other.target?.code !== undefined && other.source?.code === event.source?.code && sentenceEventCode(other).startsWith('175'))) return event;
    // The people fired on are named right after the act; the mention stands at its last word.
    const target = actorMention({ first: event.lastWord, last: event.lastWord, code: `${sole}CVL`, name: tokens[event.lastWord]?.text ?? '', country: sole });
    INFERRED.add(target);
    return { ...event, target };
  });
}
