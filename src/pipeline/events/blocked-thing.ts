import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { INSURGENT_ROLES, PROTESTING_ROLES, UNIFORMED_ROLES, roleOf } from './agent-roles.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Craft stopped at sea or on the road by a state's forces. */
const CRAFT = new Set(['vessel', 'boat', 'ship', 'tanker', 'trawler', 'convoy', 'freighter']);
/** Decisions and measures one party can stop: a veto's objects. */
const DECISIONS = new Set(['package', 'plan', 'deal', 'proposal', 'bill', 'law', 'release', 'funding', 'sale', 'nomination', 'appointment', 'draft', 'motion', 'extradition', 'deployment', 'transfer', 'loan', 'decision', 'reform', 'merger', 'takeover']);
const OBJECT_REACH = 10;

/**
 * The bare "block" row (144) reads a crowd obstructing passage ("farmers blocked the motorway"). Done by others, what
 * was blocked decides, as outside coders code it: a vessel or convoy blocked by a state's coast guard, navy or troops
 * is restricted movement (191), and a plan, package or bill blocked by a state, a bloc or a court is vetoed (129) or,
 * by a court, rejected (120); by rebels or gunmen it keeps the row's code.
 */
export function withBlockedThings(tokens: readonly Token[], events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  if (!events.some((event) => blockedCode(tokens, event) !== undefined)) return events;
  return events.map((event) => {
    const code = blockedCode(tokens, event);
    return code ? { ...event, code } : event;
  });
}

function blockedCode(tokens: readonly Token[], event: SentenceEvent): string | undefined {
  const source = event.source?.code;
  if (sentenceEventCode(event) !== '144' || event.pattern.id !== '144:block' || source === undefined || event.isPassive) return undefined;
  const role = roleOf(source);
  if (PROTESTING_ROLES.has(role)) return undefined;
  const objects = objectNouns(tokens, event.lastWord);
  if (UNIFORMED_ROLES.has(role) && objects.some((lemma) => CRAFT.has(lemma))) return '191';
  // Armed groups blocking a deployment or a transfer stop it on the ground; they have no veto to cast.
  if (!UNIFORMED_ROLES.has(role) && !INSURGENT_ROLES.has(role) && objects.some((lemma) => DECISIONS.has(lemma))) return role === 'JUD' ? '120' : '129';
  return undefined;
}

/** The nouns of the phrase right after the verb: "a multi-year EU loan package", "the government's plan". */
function objectNouns(tokens: readonly Token[], verb: number): string[] {
  const nouns: string[] = [];
  for (let index = verb + 1; index <= verb + OBJECT_REACH; index++) {
    const token = tokens[index];
    if (!token) break;
    const isCompound = token.text === '-' || tokens[index - 1]?.text === '-' || POSSESSIVE_MARKS.has(token.text);
    if (!isCompound && (token.pos === 'ADP' || token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'AUX')) break;
    if (token.pos === 'NOUN') nouns.push(token.lemma);
  }
  return nouns;
}
