import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { stateCountry } from './state-country.ts';
import { isByOtherAt } from './by-other-at.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Demands, criticism, rejections, threats, shows of force and cuts in relations: what a side does back when acted on. */
const REACTION_ROOTS = new Set(['10', '11', '12', '13', '15', '16']);
/** Demands for aid (103) or for a change of leaders or rule (104) are made of friends or of one's own rulers, not of the doer. */
const UNANSWERING_DEMANDS = ['103', '104'];
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/**
 * "Iranian police detained a French teacher, and Paris demanded her release", "Azerbaijani drones hit Armenian border
 * posts, a Yerevan spokesman said, vowing a response": a reaction that names no addressee, by the state an earlier act in the
 * sentence was done to, is aimed at the side that did it. Only a state's reaction across two sides: "…, and
 * opposition students demanded a strike" or a reaction within one country is about someone else. The side acted on is named
 * anew: the very mention the act was done to ("halted strikes on Kyiv's grid but rejected…") taken as a later verb's
 * subject is a subject read wrongly, not a reply.
 */
export function withReactionTargets(tokens: readonly Token[], events: readonly SentenceEvent[]): SentenceEvent[] {
  if (events.length < 2) return [...events];
  return events.map((event, position) => {
    const country = stateCountry(event.source);
    if (event.isTargetless || !country || !isReaction(event)) return event;
    // "Egypt … warned that Cairo would hit back": the speaker's own state, its that-clause subject, is no target of the threat.
    const isOwnStateTarget = event.target !== undefined && stateCountry(event.target) === country;
    const isThreat = sentenceEventCode(event).startsWith('13');
    if (event.target && !(isThreat && isOwnStateTarget)) return event;
    const before = (test: (other: SentenceEvent) => boolean): SentenceEvent | undefined => events.slice(0, position).findLast((other) => other.trigger < event.trigger && test(other));
    const pressed = isThreat ? before((other) => isPressingOn(other, country)) : undefined;
    if (pressed?.target) return { ...event, target: pressed.target };
    if (event.target || namesOtherAddressee(tokens, event.trigger)) return event;
    const earlier = before((other) => isByOtherAt(other, country) && hasCountry(other.source) && hasCountry(other.target) && other.target?.first !== event.source?.first);
    return earlier?.source ? { ...event, target: earlier.source } : event;
  });
}

/** Appeals, demands, accusations and rejections: what a side presses on another before it threatens it. */
const PRESSING_ROOTS = new Set(['02', '10', '11', '12']);

/**
 * "Egypt accused Ethiopia of stealing its water and warned that Cairo would hit back", "Oslo urged Moscow to pull back,
 * warning that Norway would take the necessary measures", "Peru demanded that Chile recall
 * its envoy and warned that the row could end their trade deal": a state's threat after its own demand, charge or
 * rejection aimed at another state is aimed at that state, whatever its that-clause speaks of.
 */
function isPressingOn(other: SentenceEvent, country: string): boolean {
  const target = hasCountry(other.target) ? other.target?.code?.slice(0, 3) : undefined;
  return stateCountry(other.source) === country && target !== undefined && target !== country && PRESSING_ROOTS.has(sentenceEventCode(other).slice(0, 2));
}

/** A reaction by its own pattern: an act read as refused ("would never hand over its arms", 120) or a defiance of norms (128) answers no one. */
function isReaction(event: SentenceEvent): boolean {
  const code = sentenceEventCode(event);
  if (UNANSWERING_DEMANDS.some((demand) => code.startsWith(demand))) return false;
  return REACTION_ROOTS.has(event.pattern.code.slice(0, 2)) && code.slice(0, 2) === event.pattern.code.slice(0, 2) && !code.startsWith('128');
}

function hasCountry(mention: SentenceEvent['source']): boolean {
  return mention?.isCountryless !== true && /^[A-Z]{3}/.test(mention?.code ?? '');
}

/**
 * "demanded that its council resign", "warned them", "demanded the president's resignation": a that-clause, a pronoun
 * object or a possessor in the object is about someone else ("his release" is not).
 */
function namesOtherAddressee(tokens: readonly Token[], trigger: number): boolean {
  const next = tokens[trigger + 1];
  if (!next) return false;
  if (next.lemma === 'that' || (next.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(next.text.toLowerCase()))) return true;
  for (let index = trigger + 1; index <= trigger + 4; index++) if (POSSESSIVE_MARKS.has(tokens[index]?.text ?? '')) return true;
  return false;
}
