import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { CIVIL_GROUP_ROLES, FOREIGN } from './country-of-countryless.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { LOCATIVE_PREPOSITIONS } from './actor-groups.ts';
import { NO_STATE_PREFIXES } from './agent-roles.ts';
import { stateCountry } from './state-country.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Acts done by speaking that a state turns on its own people: demands, criticism, rejections, threats, accusations. */
const CHARGING_ROOTS = new Set(['10', '11', '12', '13']);
/** Groups fighting a state at home: a government that names them is that state's. */
const HOME_FOE_ROLES = new Set(['REB', 'OPP']);

/**
 * "The president accused the opposition of plotting a coup", "rebels ambushed a convoy near Cusco, and the government
 * vowed to crush the Shining Path": the opposition a state's leaders speak of is that state's own, and an unnamed government speaking of a rebel or
 * opposition group of a country the sentence also names as a place is that country's. Foreign crowds are named as such
 * ("foreign journalists" keeps `---`), and rebels a state speaks of may be abroad, so only these two readings, and only
 * in a sentence naming no other country: "after talks in Caracas, the US envoy accused the opposition" is Venezuela's
 * opposition, and "soldiers of Niger were killed near the border with Mali, and the government blamed Malian rebels" is
 * Niger's government (a venue abroad, "speaking at a summit in Geneva", names no other side).
 */
export function withDomesticSides(tokens: readonly Token[], mentions: readonly ActorMention[], events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    if (!CHARGING_ROOTS.has(sentenceEventCode(event).slice(0, 2))) return event;
    const { source, target } = event;
    const state = stateCountry(source);
    if (state && !namesOtherCountry(mentions, state) && target?.isCountryless === true && CIVIL_GROUP_ROLES.has(target.code?.slice(3) ?? '') && !isForeign(tokens, target)) return { ...event, target: withCountry(target, state) };
    const home = homeCountry(target);
    const isNamedPlace = home !== undefined && mentions.some((mention) => mention.code === home && mention !== target);
    if (isNamedPlace && !namesOtherCountry(mentions.filter((mention) => !isVenue(tokens, mention)), home) && source?.isCountryless === true && source.code === '---GOV' && HOME_FOE_ROLES.has(target?.code?.slice(3, 6) ?? '')) return { ...event, source: withCountry(source, home) };
    return event;
  });
}

/** Whether an actor or place of a state other than `country` is named in the sentence. */
function namesOtherCountry(mentions: readonly ActorMention[], country: string): boolean {
  return mentions.some((mention) => {
    const other = homeCountry(mention);
    return other !== undefined && other !== country;
  });
}

/** "in Geneva", "at a summit in Nairobi": a place where something happened, not a side of it. */
function isVenue(tokens: readonly Token[], mention: ActorMention): boolean {
  return mention.placeId !== undefined || LOCATIVE_PREPOSITIONS.has(tokens[mention.first - 1]?.lemma ?? '');
}

/** "foreign journalists", "international observers": named as someone else's. */
function isForeign(tokens: readonly Token[], mention: ActorMention): boolean {
  for (let index = mention.first - 1; index >= Math.max(0, mention.first - 3); index--) if (FOREIGN.has(tokens[index]?.lemma ?? '')) return true;
  for (let index = mention.first; index <= mention.last; index++) if (FOREIGN.has(tokens[index]?.lemma ?? '')) return true;
  return false;
}

function homeCountry(mention: ActorMention | undefined): string | undefined {
  const code = mention?.code;
  return code && mention?.isCountryless !== true && /^[A-Z]{3}/.test(code) && !NO_STATE_PREFIXES.has(code.slice(0, 3)) ? code.slice(0, 3) : undefined;
}

function withCountry(mention: ActorMention, country: string): ActorMention {
  return actorMention({ ...mention, code: country + (mention.code?.slice(3) ?? ''), country, isCountryless: false });
}
