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
  const isCivilian = (event: SentenceEvent): boolean =>
    ((isIrregularOnCivilians(event) || isIrregularShootingNationals(tokens, event)) && !hasForcesAmongVictims(tokens, event)) || (isIrregularOnPlace(event) && hasCivilPlaceAfter(tokens, event.lastWord));
  if (!events.some(isCivilian)) return events;
  return events.map((event) => (isCivilian(event) ? { ...event, code: '180' } : event));
}

/**
 * The blows whose victims decide between assault and fighting: an attack or a killing, and gunfire aimed at people
 * ("gunmen opened fire on tourists", "a gunman shot dead two brothers"); an exchange of fire stays fighting.
 */
const BLOW_PATTERNS = /^(190:(attack|kill)|193:(shoot|gun|open-fire-on|fire-on|shoot-at))$/;
const BLOW_CODES = new Set(['190', '193']);

function isBlow(event: SentenceEvent): boolean {
  return BLOW_CODES.has(sentenceEventCode(event)) && BLOW_PATTERNS.test(event.pattern.id);
}

/** A blow by irregulars aimed at a country as such: what was struck decides whether it fell on civilians. */
function isIrregularOnPlace(event: SentenceEvent): boolean {
  return isBlow(event) && IRREGULAR_ROLES.has(roleOf(event.source?.code)) && isBareCountry(event.target?.code);
}

/**
 * "A gunman shot dead a Jordanian shopkeeper": gunfire by irregulars at people coded by their country alone falls on
 * civilians, unless troops or police are named among them (`hasForcesAmongVictims`). The country must qualify the
 * people after it: a town fired on ("rebels opened fire on Bamako") is read by what was struck (`hasCivilPlaceAfter`).
 */
function isIrregularShootingNationals(tokens: readonly Token[], event: SentenceEvent): boolean {
  const next = event.target ? tokens[event.target.last + 1]?.pos : undefined;
  return isIrregularOnPlace(event) && event.pattern.code === '193' && (next === 'NOUN' || next === 'ADJ');
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

/** The forces' posts and units, struck as such: "fired on Afghan checkpoints", "opened fire on a border patrol". */
const FORCE_UNITS = new Set(['checkpoint', 'post', 'outpost', 'patrol', 'position', 'base', 'barracks', 'convoy']);
const VICTIM_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);

/**
 * "shot dead 14 police officers and six farmers": a blow that fell on troops as well is fighting, civilians and all
 * (190). A victim coded by its country alone is read to the end of its phrase: "a Nigerian customs officer".
 */
function hasForcesAmongVictims(tokens: readonly Token[], event: SentenceEvent): boolean {
  const { target } = event;
  let end = target && target.first > event.lastWord ? target.last : event.lastWord + PLACE_GAP;
  if (target && isBareCountry(target.code)) while (end < target.last + PLACE_GAP && VICTIM_WORDS.has(tokens[end + 1]?.pos ?? '')) end++;
  for (let index = event.lastWord + 1; index <= end; index++) {
    const lemma = tokens[index]?.lemma ?? '';
    if (SECURITY_WORDS.has(lemma) || FORCE_UNITS.has(lemma)) return true;
  }
  return false;
}

function isIrregularOnCivilians(event: SentenceEvent): boolean {
  if (!isBlow(event)) return false;
  const source = roleOf(event.source?.code);
  const target = event.target?.code;
  if (!IRREGULAR_ROLES.has(source) || target === undefined) return false;
  const role = roleOf(target);
  return CIVIL_ROLES.has(role);
}
