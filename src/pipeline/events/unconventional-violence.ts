import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { IRREGULAR_ROLES, isBareCountry, roleOf } from './agent-roles.ts';

/** People no army fights: civilians and the bodies of civil life. */
const CIVIL_ROLES = new Set(['CVL', 'BUS', 'EDU', 'REL', 'MED', 'HLH', 'REF', 'LAB']);
/** Places of civil life: a hotel or market stormed is an attack on the people in it. */
const CIVIL_PLACES = new Set(['hotel', 'market', 'church', 'mosque', 'school', 'restaurant', 'mall', 'shopping', 'bus', 'village', 'wedding', 'hospital', 'cafe', 'nightclub', 'concert', 'theatre', 'theater', 'shrine', 'temple', 'synagogue', 'shop', 'university', 'college']);
/** People of civil life named as the victims ("killed 30 villagers"), whom the place's country stands for once coded. */
// "gunmen killed 39 people": people killed in numbers by irregulars, unnamed as fighters, are civilians.
/** Nouns for civilians, one or many, as the victims of an attack. */
export const CIVIL_PEOPLE: ReadonlySet<string> = new Set(['villager', 'civilian', 'worshipper', 'shopper', 'passenger', 'pilgrim', 'student', 'farmer', 'fisherman', 'resident', 'mourner', 'guest', 'people', 'tourist', 'child', 'woman']);
const PLACE_GAP = 4;

/**
 * "Gunmen killed 30 villagers in Plateau state", "militants killed shoppers": irregulars attacking or killing civilians
 * use unconventional violence (CAMEO 180), not conventional force (190), as outside coders read it. Irregulars striking
 * a place (coded by the bare country) count when what they struck is a hotel, market, church or village, or its
 * people ("militants stormed a church in the capital", "gunmen killed 30 villagers"); a police station or an army post
 * struck stays 190. Run once actors have countries.
 */
export function withUnconventionalViolence(tokens: readonly Token[], events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  const isCivilian = (event: SentenceEvent): boolean => (isIrregularOnCivilians(event) && !hasForcesAmongVictims(tokens, event)) || (isIrregularOnPlace(event) && hasCivilPlaceAfter(tokens, event.lastWord));
  if (!events.some(isCivilian)) return events;
  return events.map((event) => (isCivilian(event) ? { ...event, code: '180' } : event));
}

/** A blow by irregulars aimed at a country as such: what was struck decides whether it fell on civilians. */
function isIrregularOnPlace(event: SentenceEvent): boolean {
  return sentenceEventCode(event) === '190' && /^190:(attack|kill)$/.test(event.pattern.id) && IRREGULAR_ROLES.has(roleOf(event.source?.code)) && isBareCountry(event.target?.code);
}

function hasCivilPlaceAfter(tokens: readonly Token[], from: number): boolean {
  for (let index = from + 1; index <= from + PLACE_GAP; index++) {
    const lemma = tokens[index]?.lemma ?? '';
    // "an army cadet college", "a police school": a place of the security forces, whatever its noun.
    if (CIVIL_PLACES.has(lemma) && isSecurityPlace(tokens, index)) return false;
    if (CIVIL_PLACES.has(lemma) || CIVIL_PEOPLE.has(lemma)) return true;
  }
  return false;
}

/** Words naming the security forces: their schools and posts are military targets, their members no civilians. */
const SECURITY_WORDS = new Set(['gendarmerie', 'police', 'military', 'army', 'naval', 'cadet', 'soldier', 'troop', 'officer', 'policeman', 'gendarme', 'guard', 'militia']);

function isSecurityPlace(tokens: readonly Token[], place: number): boolean {
  return SECURITY_WORDS.has(tokens[place - 1]?.lemma ?? '') || SECURITY_WORDS.has(tokens[place - 2]?.lemma ?? '');
}

/** "shot dead 14 police officers and six farmers": a blow that fell on troops as well is fighting, civilians and all (190). */
function hasForcesAmongVictims(tokens: readonly Token[], event: SentenceEvent): boolean {
  const end = event.target && event.target.first > event.lastWord ? event.target.last : event.lastWord + PLACE_GAP;
  for (let index = event.lastWord + 1; index <= end; index++) if (SECURITY_WORDS.has(tokens[index]?.lemma ?? '')) return true;
  return false;
}

function isIrregularOnCivilians(event: SentenceEvent): boolean {
  if (sentenceEventCode(event) !== '190' || !/^190:(attack|kill)$/.test(event.pattern.id)) return false;
  const source = roleOf(event.source?.code);
  const target = event.target?.code;
  if (!IRREGULAR_ROLES.has(source) || target === undefined) return false;
  const role = roleOf(target);
  return CIVIL_ROLES.has(role);
}
