import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { FOREIGN } from './country-of-countryless.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { NO_STATE_PREFIXES, STATE_SIDE_ROLES } from './agent-roles.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Acts done by speaking that a state turns on its own people: demands, criticism, rejections, threats, accusations. */
const SPOKEN_ROOTS = new Set(['10', '11', '12', '13']);
/** Groups of a country's own political life: the opposition, students, unions, the press, the faithful. */
const DOMESTIC_GROUP_ROLES = new Set(['OPP', 'EDU', 'LAB', 'MED', 'REL']);
/** Groups fighting a state at home: a government that names them is that state's. */
const HOME_FOE_ROLES = new Set(['REB', 'OPP']);

/**
 * "The president accused the opposition of plotting a coup", "the government blamed the Shining Path and broke off
 * talks": the opposition a state's leaders speak of is that state's own, and an unnamed government speaking of a rebel or
 * opposition group of a country the sentence also names as a place is that country's. Foreign crowds are named as such
 * ("foreign journalists" keeps `---`), and rebels a state speaks of may be abroad, so only these two readings.
 */
export function withDomesticSides(tokens: readonly Token[], mentions: readonly ActorMention[], events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    if (!SPOKEN_ROOTS.has(sentenceEventCode(event).slice(0, 2))) return event;
    const { source, target } = event;
    const state = stateCountry(source);
    if (state && target?.isCountryless === true && DOMESTIC_GROUP_ROLES.has(target.code?.slice(3) ?? '') && !isForeign(tokens, target)) return { ...event, target: withCountry(target, state) };
    const home = homeCountry(target);
    const isNamedPlace = home !== undefined && mentions.some((mention) => mention.code === home && mention !== target);
    if (isNamedPlace && source?.isCountryless === true && source.code === '---GOV' && HOME_FOE_ROLES.has(target?.code?.slice(3, 6) ?? '')) return { ...event, source: withCountry(source, home) };
    return event;
  });
}

/** A state's country, from its bare code or a state body's ("KEN", "KENGOV"), not an armed group's or a crowd's. */
function stateCountry(mention: ActorMention | undefined): string | undefined {
  const code = mention?.code;
  if (!code || mention?.isCountryless === true || !/^[A-Z]{3}/.test(code) || NO_STATE_PREFIXES.has(code.slice(0, 3))) return undefined;
  return code.length === 3 || STATE_SIDE_ROLES.has(code.slice(3, 6)) ? code.slice(0, 3) : undefined;
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
