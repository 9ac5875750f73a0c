import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Demands, rejections, threats, shows of force and cuts in relations: aimed at the side an act just named was done to. */
const CARRIED_ROOTS = new Set(['10', '12', '13', '15', '16']);

/**
 * "North Korea sank the warship…, denied any involvement and threatened war", "Russia shelled Kharkiv and demanded
 * that Kyiv's troops leave": a demand or threat the sentence names no one for is addressed to whom the same side's
 * earlier act in the sentence was done to. Only a verb joined to the one before ("and demanded", ", which demanded"):
 * a clause with a subject of its own ("a visit that Beijing had warned against") is about something else.
 */
export function withCarriedTargets(tokens: readonly Token[], events: readonly SentenceEvent[]): SentenceEvent[] {
  if (events.length < 2) return [...events];
  return events.map((event, position) => {
    const crowd = dispersedCrowd(events, event, position);
    if (crowd) return { ...event, target: crowd };
    const country = event.source?.code?.slice(0, 3);
    if (event.target || event.isTargetless || !country || !/^[A-Z]{3}$/.test(country) || country === 'IGO' || event.source?.isCountryless === true || !CARRIED_ROOTS.has(sentenceEventCode(event).slice(0, 2)) || !isJoinedVerb(tokens, event.trigger)) return event;
    const earlier = events.slice(0, position).findLast((other) => other.trigger < event.trigger && other.source?.code?.slice(0, 3) === country && other.target?.code !== undefined && other.target.code.slice(0, 3) !== country && other.target.isCountryless !== true);
    return earlier?.target ? { ...event, target: earlier.target } : event;
  });
}

const JOINS = new Set(['and', 'which', 'who', 'then']);

function isJoinedVerb(tokens: readonly Token[], trigger: number): boolean {
  let index = trigger - 1;
  while (tokens[index]?.pos === 'ADV' || tokens[index]?.pos === 'AUX') index--;
  return JOINS.has(tokens[index]?.lemma ?? '');
}

/**
 * "Protesters torched cars in central Lima while police used water cannon": force used to repress (175) with no one named
 * as its target is used on the crowd whose protest the sentence told before it.
 */
function dispersedCrowd(events: readonly SentenceEvent[], event: SentenceEvent, position: number): SentenceEvent['target'] {
  if (event.target || !sentenceEventCode(event).startsWith('175')) return undefined;
  const protest = events.slice(0, position).findLast((other) => other.trigger < event.trigger && sentenceEventCode(other).startsWith('14') && other.source?.code !== undefined && other.source.isCountryless !== true && !STATE_SIDES.has(other.source.code.slice(3, 6)));
  return protest?.source;
}

const STATE_SIDES = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
