import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { isStateCountry } from './agent-roles.ts';

/** Demands, rejections, threats, shows of force and cuts in relations: aimed at the side an act just named was done to. */
const CARRIED_ROOTS = new Set(['10', '12', '13', '15', '16']);

/**
 * "Chad's army shelled a Sudanese border post and warned of worse", "Kenya seized a Somali trawler and threatened fines":
 * a demand or threat with no addressee of its own is addressed to whom the same side's earlier act in the sentence was
 * done to. Only a verb joined to the one before ("and warned", ", which demanded") and with no object that names its
 * own addressee: "and threatened the mediators" or "and demanded that its council resign" are about someone else.
 */
export function withCarriedTargets(tokens: readonly Token[], events: readonly SentenceEvent[]): SentenceEvent[] {
  if (events.length < 2) return [...events];
  return events.map((event, position) => {
    const country = event.source?.code?.slice(0, 3);
    if (event.target || event.isTargetless || !isStateCountry(country) || event.source?.isCountryless === true || !CARRIED_ROOTS.has(sentenceEventCode(event).slice(0, 2)) || !isJoinedVerb(tokens, event.trigger) || hasOwnObject(tokens, event.trigger)) return event;
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
 * Whether the verb at `trigger` has an object of its own: a noun phrase opened by an article, a possessive, a number or a
 * name, a plural noun, or a that-clause. A bare singular noun is what is threatened or demanded ("threatened war",
 * "demanded compensation"), not whom.
 */
function hasOwnObject(tokens: readonly Token[], trigger: number): boolean {
  // "called on the council", "warned of the consequences": a named or determined object of a preposition counts too; "warned of more strikes" is what is threatened.
  if (tokens[trigger + 1]?.pos === 'ADP' && tokens[trigger + 1]?.lemma !== 'that') return ['DET', 'PRON', 'PROPN'].includes(tokens[trigger + 2]?.pos ?? '');
  const index = trigger + 1;
  const next = tokens[index];
  if (!next) return false;
  if (next.lemma === 'that' || ['DET', 'PRON', 'NUM', 'PROPN'].includes(next.pos)) return true;
  let head = index;
  while (tokens[head]?.pos === 'ADJ') head++;
  return tokens[head]?.pos === 'NOUN' && tokens[head]?.text.toLowerCase() !== tokens[head]?.lemma && tokens[head + 1]?.pos !== 'NOUN';
}
