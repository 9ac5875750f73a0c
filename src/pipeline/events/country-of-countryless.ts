import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { ARMED_GROUP_FOES } from '../../knowledge/actors/armed-group-foes.ts';
import { ABUSE_ROOTS, FORCE_ROOTS } from './stance-code.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { actorMention } from './actor-mention.ts';
import { CIVIL_GROUP_ROLES, CROWD_ROLES, GOVERNING_ROLES, INSURGENT_ROLES, STATE_SIDE_ROLES, UNIFORMED_ROLES, isBareCountry, isStateCountry, roleOf } from './agent-roles.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { countryOf } from './state-country.ts';
import { TOLL_VERBS } from './toll-participle.ts';
import { countryNamedBefore } from './named-before.ts';
import { isPlaceOfMatter } from './place-of-matter.ts';
import { LOCATIVE_WORDS } from './clause-shape.ts';

/** Roles a group keeps without a country: migrants and aid groups are seldom of the state where they are met. */
const STAY_COUNTRYLESS = new Set(['REF', 'NGO', 'IGO', '']);
/** "The president said", "the government": an unnamed state is anaphoric, and the place it speaks from is not its own. */
const NEVER_FROM_PLACE_AS_SOURCE = new Set(['GOV']);
// "European governments", "Arab states": a region's adjective says they are several countries, none of them the place's.
export const FOREIGN: ReadonlySet<string> = new Set(['foreign', 'international', 'western', 'overseas', 'multinational', 'european', 'african', 'arab', 'asian', 'gulf', 'regional', 'neighbouring', 'neighboring', 'allied']);
// "outside the Iranian embassy": a mission stands on another country's soil and says nothing of whose police are there.
const MISSIONS = new Set(['embassy', 'consulate', 'mission', 'legation']);
// "in the southern city of Deraa", "off the coast of Somalia", "in Nigeria's Zamfara state": words that may stand between.
const PLACE_WORDS = new Set(['city', 'town', 'village', 'province', 'region', 'state', 'district', 'capital', 'area', 'coast', 'outskirts', 'suburb', 'part', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'of', 'the', 'forest', 'jungle', 'hill', 'mountain', 'valley', 'heart', 'countryside']);

/**
 * "Police fired tear gas at protesters in Nairobi" → KENCOP → KENOPP: a group named with no country (PETRARCH's `---`)
 * acts where the sentence places it, so it takes that place's country; with no place, a victim takes the country of the
 * state acting on it ("riot police beat the protesters" → the police's country) and a crowd or police the country of
 * the state body on the other side ("protested against the Serbian government"). Foreign troops, migrants and aid groups keep `---`.
 */
export function withCountriesOfCountryless(tokens: readonly Token[], mentions: readonly ActorMention[], coded: readonly SentenceEvent[], filedIn?: string): SentenceEvent[] {
  const events = coded.map(withPersonOfCoercer).map((event) => withArrestingState(tokens, mentions, event));
  if (!events.some((event) => event.source?.isCountryless === true || event.target?.isCountryless === true)) return withoutRepeats(tokens, events);
  // "SANTIAGO, Chile - Police fired tear gas at students": a sentence that names no country of its own happens where its
  // dateline was filed; one that names any ("NAIROBI - Eritrean troops…") is placed by its own words, and one naming a
  // body of no country ("GENEVA - Gunmen killed…, a UN agency said") is often a report from a hub about elsewhere.
  const isNamed = (mention: ActorMention): boolean => countryOf(mention) !== undefined || (mention.code !== undefined && mention.isCountryless !== true);
  const home = filedIn !== undefined && !mentions.some(isNamed) ? filedIn : undefined;
  const sole = soleCountry(tokens, mentions) ?? home;
  const placed = events.map((event) => {
    const place = placeCountry(tokens, mentions, event, false) ?? home;
    // "Police detained marchers outside the summit in Osaka": police and crowds at a meeting are the venue's.
    const localPlace = placeCountry(tokens, mentions, event, true) ?? home;
    const placeOf = (side: ActorMention | undefined): string | undefined => (isLocalBody(side) ? localPlace : place);
    const { source, target } = event;
    // "arrested a lawyer who had criticised the president": an unnamed state the sentence's one country places is that country's.
    // Not its forces: militants who kill a sentence's only country's soldiers are not of that country for it.
    const sourceCountry = countryOf(target) ?? (target && GOVERNING_ROLES.has(roleOf(target.code)) ? stateOf(target, sole) : undefined);
    // "Protesters called for the pullout of foreign troops": a demand that forces leave is made of foreign ones, seldom of one's own.
    const isAgainstOwnState = isStateSide(target) && !sentenceEventCode(event).startsWith('106');
    // "The government blamed Houthi commander X", "Kenyan police…, after the government broke off talks": with
    // one country in the whole sentence, an unnamed government is that country's, though never by its place alone.
    // "A man stabbed two guards in Lyon": one unnamed attacker is not placed by where he struck, or he and his victims would be one side.
    const isLoneAttacker = source !== undefined && isLonePerson(tokens, source) && /^1[89]/.test(sentenceEventCode(event));
    const newSource = source && !isLoneAttacker && isPlaceable(tokens, source, true) ? mentionWithCountry(source, countryNamedBefore(tokens, mentions, source) ?? placeOf(source) ?? stateOf(source, sole) ?? (isAgainstOwnState || isCoercionByState(event, source) ? sourceCountry : undefined) ?? homeOfKin(mentions, source, countryOf(target)) ?? insurgentsAtHome(tokens, event, source, sole) ?? homeOfPolice(mentions, source) ?? crowdAtHome(mentions, event, source, sole)) : source && isSoleGovernment(tokens, source) ? mentionWithCountry(source, stateOf(source, sole)) : source;
    // "Riot police in Tbilisi dispersed demonstrators": the police placed first lend the crowd they repress their country.
    const targetCountry = countryOf(newSource);
    const newTarget = target && isPlaceable(tokens, target, false) ? mentionWithCountry(target, unitOfStruck(events, event) ?? foeOf(event) ?? countryNamedBefore(tokens, mentions, target) ?? placeOf(target) ?? stateOf(target, sole) ?? (isRepressionOfOwn(event, target) ? targetCountry : undefined) ?? homeOfKin(mentions, target, countryOf(newSource)) ?? homeOfPolice(mentions, target)) : target;
    if (newSource === source && newTarget === target && !source?.isUnplacedPerson && !target?.isUnplacedPerson && !isUnplacedToll(tokens, event, newTarget)) return event;
    // "…, killing 298 people", "killing four suspected militants": a toll of people no place or side makes anyone's names no target (`?`); CAMEO codes none.
    if (isUnplacedToll(tokens, event, newTarget)) return withoutTarget({ ...event, ...sideOrNone('source', newSource) });
    return { ...event, ...sideOrNone('source', newSource), ...sideOrNone('target', newTarget) };
  });
  return withoutRepeats(tokens, withPlacedElsewhere(tokens, placed).map(withOwnSlotOfAgencies));
}

/**
 * "expelled six relief agencies", "killed seven aid workers": an aid or rights group named by what it does is coded
 * `NGO` in the country slot, as CAMEO codes every non-governmental body, not `---NGO` as a group of unknown country.
 */
function withOwnSlotOfAgencies(event: SentenceEvent): SentenceEvent {
  const source = event.source?.code === '---NGO' ? actorMention({ ...event.source, code: 'NGO' }) : event.source;
  const target = event.target?.code === '---NGO' ? actorMention({ ...event.target, code: 'NGO' }) : event.target;
  return source === event.source && target === event.target ? event : { ...event, ...(source ? { source } : {}), ...(target ? { target } : {}) };
}

/**
 * "attacked an army checkpoint in Mali, killing four soldiers": once placed, the toll restates the attack by the same side
 * on the same country's people, so it is coded once, on the people the toll names when the attack named only the country
 * ("shelled a camp in Syria, killing five fighters" → one 195 on SYRREB). "Stormed Ghazni, attacking
 * police checkpoints" is one attack on Afghanistan's police, not one more on Afghanistan itself.
 */
function withoutRepeats(tokens: readonly Token[], placed: readonly SentenceEvent[]): SentenceEvent[] {
  const seen = new Set<string>();
  const kept: SentenceEvent[] = [];
  for (const event of placed) {
    const code = sentenceEventCode(event);
    const key = `${code}|${event.source?.code ?? ''}|${event.target?.code ?? ''}`;
    const isCoded = event.source?.code !== undefined && event.target?.code !== undefined;
    if (isCoded && seen.has(key)) continue;
    seen.add(key);
    const restated = isToll(tokens, event) ? kept.findIndex((earlier) => isSameAttack(earlier, event)) : -1;
    const attack = kept[restated];
    if (!attack) {
      kept.push(event);
      continue;
    }
    if (isBareCountry(attack.target?.code) && (event.target?.code?.length ?? 0) > 3) kept[restated] = { ...attack, ...(event.target ? { target: event.target } : {}) };
  }
  return kept.filter((event) => !kept.some((other) => isUnitOfPlaceStruck(event, other)));
}

function withoutTarget({ target: _target, ...rest }: SentenceEvent): SentenceEvent {
  return rest;
}

function isUnplacedToll(tokens: readonly Token[], event: SentenceEvent, target: ActorMention | undefined): boolean {
  return target?.code?.startsWith('---') === true && !STAY_COUNTRYLESS.has(target.code.slice(3)) && isToll(tokens, event);
}

function isToll(tokens: readonly Token[], event: SentenceEvent): boolean {
  return isForce(event) && TOLL_VERBS.has(tokens[event.trigger]?.lemma ?? '');
}

/** An earlier force event by the same side against the same country (or the same countryless group). */
function isSameAttack(earlier: SentenceEvent, toll: SentenceEvent): boolean {
  const from = toll.source?.code;
  const to = toll.target?.code;
  return from !== undefined && to !== undefined && earlier.source?.code === from && earlier.target?.code?.slice(0, 3) === to.slice(0, 3) && earlier.trigger < toll.trigger && isForce(earlier) && !HOLDING.test(sentenceEventCode(earlier));
}
// "overran a district headquarters, killing 57 policemen": taking ground is an act of its own beside the toll.
const HOLDING = /^192/;

function isForce(event: SentenceEvent): boolean {
  return FORCE_ROOTS.has(sentenceEventCode(event).slice(0, 2));
}

/** `event` strikes a bare country whose unit `other` names, by the same side with the same act. */
function isUnitOfPlaceStruck(event: SentenceEvent, other: SentenceEvent): boolean {
  const code = event.target?.code;
  const act = sentenceEventCode(event);
  return other !== event && isBareCountry(code) && other.target?.code?.length === 6 && other.target.code.startsWith(code) && FORCE_ROOTS.has(act.slice(0, 2)) && act === sentenceEventCode(other) && event.source?.code !== undefined && event.source.code === other.source?.code;
}

/**
 * "ambushed a French patrol east of Kabul, killing ten soldiers": soldiers or police killed by the side that has just
 * struck a unit of known country are that unit's, wherever it was.
 */
function unitOfStruck(events: readonly SentenceEvent[], event: SentenceEvent): string | undefined {
  if (!isForce(event) || !UNIFORMED_ROLES.has(event.target?.code?.slice(3) ?? '')) return undefined;
  const struck = events.find((other) => other.trigger < event.trigger && other.source === event.source && isForce(other) && countryOf(other.target) !== undefined);
  return countryOf(struck?.target);
}

const FOE_NAMES = Object.keys(ARMED_GROUP_FOES);

/** "Hezbollah fighters fired missiles at an army base": the troops a group at war with another state strikes are that state's. */
function foeOf(event: SentenceEvent): string | undefined {
  if (!isForce(event) || !UNIFORMED_ROLES.has(event.target?.code?.slice(3) ?? '')) return undefined;
  const name = event.source?.name.toLowerCase() ?? '';
  const group = FOE_NAMES.find((word) => name.includes(word));
  return group === undefined ? undefined : ARMED_GROUP_FOES[group];
}

/**
 * "A Kenyan court sentenced Henry Rotich", "the ELN kidnapped Luis Diaz": a person no knowledge places, jailed or
 * charged by a state's court, police or government, is that state's; abducted by an armed group of a country, one of
 * its civilians.
 */
function withPersonOfCoercer(event: SentenceEvent): SentenceEvent {
  const { source, target } = event;
  const country = countryOf(source);
  if (!country || !target || target.code !== undefined || target.isPerson !== true) return event;
  const code = sentenceEventCode(event);
  const role = roleOf(source?.code);
  if (code.startsWith('173') && STATE_SIDE_ROLES.has(role)) return { ...event, target: actorMention({ ...target, code: country, country }) };
  if (code.startsWith('181') && INSURGENT_ROLES.has(role)) return { ...event, target: actorMention({ ...target, code: `${country}CVL`, country }) };
  return event;
}

/**
 * "the fugitive was arrested at a farmhouse near Tuzla", "a French journalist was detained in Istanbul": an arrest told
 * in the passive with no one named as making it was made by the state where it happened (the place's bare country).
 */
function withArrestingState(tokens: readonly Token[], mentions: readonly ActorMention[], event: SentenceEvent): SentenceEvent {
  if (!event.isPassive || event.source || !event.target || !sentenceEventCode(event).startsWith('173')) return event;
  const country = placeCountry(tokens, mentions, event, false);
  const place = mentions.find((mention) => mention.code?.startsWith(country ?? '-') === true && mention.first > event.trigger);
  if (!country || !place) return event;
  return { ...event, source: { first: place.first, last: place.last, code: country, name: place.name, country } };
}

/** A side for the event, or none when it is a titled person the sentence gave no country: "?" as before, not `---OPP`. */
function sideOrNone(side: 'source' | 'target', mention: ActorMention | undefined): Partial<Record<'source' | 'target', ActorMention>> {
  if (!mention) return {};
  return { [side]: mention.isUnplacedPerson && mention.isCountryless ? actorMention({ ...mention, code: undefined }) : mention };
}

/** One civilian named by a singular noun and nothing else ("a man", "a teenager"). */
function isLonePerson(tokens: readonly Token[], mention: ActorMention): boolean {
  const head = tokens[mention.last];
  return mention.code === '---CVL' && head !== undefined && head.text.toLowerCase() === head.lemma && !/s$/i.test(head.text);
}

function isPlaceable(tokens: readonly Token[], mention: ActorMention, isSource: boolean): boolean {
  const role = mention.code?.startsWith('---') ? mention.code.slice(3) : '';
  if (!mention.isCountryless || STAY_COUNTRYLESS.has(role) || (isSource && NEVER_FROM_PLACE_AS_SOURCE.has(role) && !isGovernmentForce(tokens, mention))) return false;
  for (let index = mention.first - 1; index >= mention.first - 3 && index >= 0; index--) if (FOREIGN.has(tokens[index]?.lemma ?? '')) return false;
  return true;
}

/** Nouns of armed men a government commands. */
const FORCE_NOUNS = new Set(['force', 'troop', 'soldier']);

/**
 * "Government troops pulled out of Aleppo": a government's forces fight where they are, at home as a rule, so the place
 * they act in gives them a country, as it does to any troops; the government itself is anaphoric ("the government said").
 */
function isGovernmentForce(tokens: readonly Token[], mention: ActorMention): boolean {
  return mention.last > mention.first && FORCE_NOUNS.has(tokens[mention.last]?.lemma ?? '');
}

/**
 * "drove ethnic Uzbeks out of Osh": a people named as an ethnic group lives in the place the sentence names, of
 * whatever preposition, other than its namesake state and the state on the other side of the act; with no such place, in
 * its namesake state ("Azerbaijan shelled ethnic Armenians in Nagorno-Karabakh").
 */
function homeOfKin(mentions: readonly ActorMention[], mention: ActorMention, otherSide: string | undefined): string | undefined {
  const kin = mention.kinCountry;
  if (!kin) return undefined;
  return mentions.find((other) => isStateCountry(other.code) && other.code !== kin && other.code !== otherSide)?.code ?? kin;
}

/** Nouns for a state's government as a body; a spokesman, a leader or a minister may be anyone's. */
const GOVERNMENT_NOUNS = new Set(['government', 'authorities', 'administration', 'regime', 'cabinet', 'officials', 'junta']);

/** An unnamed government a place may not give a country to, and no foreign word keeps countryless. */
function isSoleGovernment(tokens: readonly Token[], mention: ActorMention): boolean {
  const head = tokens[mention.last]?.text.toLowerCase() ?? '';
  return mention.isCountryless === true && mention.code === '---GOV' && GOVERNMENT_NOUNS.has(head) && isPlaceable(tokens, mention, false);
}

/**
 * "Guards in Quito pushed back farmers marching on the ministry": a crowd one event of the sentence placed
 * (the farmers the guards pushed back are theirs) is the same crowd, of the same country, in the other events it is in.
 */
function withPlacedElsewhere(tokens: readonly Token[], events: readonly SentenceEvent[]): SentenceEvent[] {
  const placed: ActorMention[] = [];
  for (const { source, target } of events) for (const side of [source, target]) if (side && !side.isCountryless && side.code && side.code.length > 3) placed.push(side);
  if (placed.length === 0) return [...events];
  // "hundreds of people": the quantity and the people are two mentions of one crowd.
  // Not pirates or smugglers: the navy that seized them says nothing of where they come from.
  const isSameCrowd = (side: ActorMention, other: ActorMention): boolean => other.code?.slice(3) === side.code?.slice(3) && side.code?.slice(3) !== 'CRM' && ((other.first === side.first && other.last === side.last) || (other.last + 2 === side.first && tokens[other.last + 1]?.lemma === 'of'));
  const placedSide = (side: ActorMention | undefined): ActorMention | undefined => (side?.isCountryless && side.code?.startsWith('---') ? mentionWithCountry(side, placed.find((other) => isSameCrowd(side, other))?.code?.slice(0, 3)) : side);
  return events.map((event) => {
    const source = placedSide(event.source);
    const target = placedSide(event.target);
    return source === event.source && target === event.target ? event : { ...event, ...(source ? { source } : {}), ...(target ? { target } : {}) };
  });
}

/** A countryless mention (`---MIL`) given a country (`SYR`) becomes that country's (`SYRMIL`) on its own words; no country, no change. */
export function mentionWithCountry(mention: ActorMention, country: string | undefined): ActorMention {
  if (!country || !mention.code) return mention;
  return actorMention({ ...mention, code: country + mention.code.slice(3), country, isCountryless: false });
}

/**
 * "Protesters set fire to Paraguay's Congress building, and police fired rubber bullets", "Serbia's president praised
 * the police": when every actor and place of the sentence with a country has the same one, the state bodies named
 * without a country (police, troops, senators, judges) are that country's; with two countries in play, nothing says
 * which. Rebels and crowds keep `---` (PETRARCH's convention for "Islamist militants" wherever they fight).
 */
export function soleCountry(tokens: readonly Token[], mentions: readonly ActorMention[]): string | undefined {
  let sole: string | undefined;
  for (const mention of mentions) {
    const country = countryOf(mention);
    if (!country || MISSIONS.has(tokens[mention.last + 1]?.lemma ?? '')) continue;
    if (sole !== undefined && sole !== country) return undefined;
    sole = country;
  }
  return sole;
}

function stateOf(mention: ActorMention, sole: string | undefined): string | undefined {
  return isStateSide(mention) ? sole : undefined;
}


/**
 * "Turkish police detained 24 people", "troops opened fire on protesters": those a state arrests or represses, and crowds
 * it fires on, are its own people; the victims of a strike or a battle may be anyone's.
 */
function isRepressionOfOwn(event: SentenceEvent, target: ActorMention): boolean {
  const code = sentenceEventCode(event);
  const root = code.slice(0, 2);
  const role = target.code?.slice(3) ?? '';
  // "RSF fighters killed hundreds of civilians": an armed group known by its country preys on that country's people.
  const isInsurgentOnCivilians = INSURGENT_ROLES.has(roleOf(event.source?.code)) && (role === 'CVL' || CIVIL_GROUP_ROLES.has(role));
  // "Ethiopian soldiers raped and tortured civilians": a state's forces abusing civilians named nowhere else abuse its own.
  const isStateAbuseOfCivilians = ABUSE_ROOTS.has(root) && role === 'CVL' && isStateSide(event.source);
  // "Abu Sayyaf gunmen freed three hostages", "police freed the detained students": the captives freed are the captor's people.
  const isRelease = code.startsWith('084');
  // Insurgents a state's forces strike are not given its country: "US special forces killed five militants in a raid" is
  // seldom at home, so with no place they stay of unknown country.
  return root === '17' || isRelease || isStateAbuseOfCivilians || (FORCE_ROOTS.has(root) && (CIVIL_GROUP_ROLES.has(role) || isInsurgentOnCivilians));
}
/**
 * "Armed gangs raided Ecuador's largest jail", "Masked gunmen killed five people in Honduras": an armed group with no country,
 * striking at a state's people, police or buildings in a sentence that names no other country, fights at home. Troops may
 * be struck abroad ("militants ambushed a US convoy"), so a military target lends nothing.
 */
function insurgentsAtHome(tokens: readonly Token[], event: SentenceEvent, source: ActorMention, sole: string | undefined): string | undefined {
  const { target } = event;
  const role = roleOf(target?.code);
  const isArmedGroup = INSURGENT_ROLES.has(roleOf(source.code));
  const root = sentenceEventCode(event).slice(0, 2);
  // "a US convoy" may be anywhere; "Haiti's main prison" is a state's own building.
  const isHeldAtHome = role === '' ? POSSESSIVE_MARKS.has(tokens[(target?.last ?? -2) + 1]?.text ?? '') : role !== 'MIL';
  return isArmedGroup && (FORCE_ROOTS.has(root) || ABUSE_ROOTS.has(root)) && isHeldAtHome && countryOf(target) === sole ? sole : undefined;
}

/**
 * "Cuba's president accused Washington of stirring unrest, as police arrested dozens": police serve at home, so police
 * no place or sole country makes anyone's are those of the country the sentence opens with.
 */
function homeOfPolice(mentions: readonly ActorMention[], mention: ActorMention): string | undefined {
  if (mention.code?.slice(3) !== 'COP') return undefined;
  const opening = mentions.find((other) => other.first < mention.first && countryOf(other) !== undefined);
  return opening === mentions.find((other) => countryOf(other) !== undefined) ? countryOf(opening) : undefined;
}


/**
 * "Police held the governor, and crowds marched in protest", "students blocked Dakar's main roads": a
 * crowd that acts in a sentence whose actors and places all have one country is of that country, as the coders code an
 * unnamed local crowd. Not when only the crowd's own target names it, other than as a place: "protesters burned Israeli
 * flags", "demanded the withdrawal of American troops" may be anywhere.
 */
function crowdAtHome(mentions: readonly ActorMention[], event: SentenceEvent, mention: ActorMention, sole: string | undefined): string | undefined {
  const { target } = event;
  // A town or region as the target ("marched through Dakar") is where the crowd is, as a place elsewhere would be.
  const isNamedBesideTarget = mentions.some((other) => countryOf(other) === sole && other !== mention && (!target || other.placeId !== undefined || other.last < target.first || other.first > target.last));
  // A crowd's home is told by what it does against someone (demands, protests, blockades, attacks: roots 10 and above);
  // "saw the American become number one", "attract web surfers" are no crowd acting where it lives.
  return CROWD_ROLES.has(roleOf(mention.code)) && Number(sentenceEventCode(event).slice(0, 2)) >= 10 && isNamedBesideTarget ? sole : undefined;
}

function isStateSide(mention: ActorMention | undefined): boolean {
  return mention?.code !== undefined && mention.code.length >= 6 && STATE_SIDE_ROLES.has(roleOf(mention.code));
}

/** The country of the first place the sentence puts the event in ("in Nairobi", "in the southern city of Deraa"). */
function placeCountry(tokens: readonly Token[], mentions: readonly ActorMention[], event: SentenceEvent, isVenueOwn: boolean): string | undefined {
  const from = Math.min(event.trigger, event.source?.first ?? event.trigger);
  const places = mentions.filter((mention) => isStateCountry(mention.code?.slice(0, 3)) && (mention.placeId !== undefined || isBareCountry(mention.code)) && isAtPlace(tokens, mention.first) && !isModifier(tokens, mention.last) && !isPlaceOfMatter(tokens, mention.first, isVenueOwn));
  return (places.find((mention) => mention.first > from) ?? places.at(-1))?.code?.slice(0, 3);
}

// "at a Moscow airport", "outside a Lagos court": a town's name before a building in it still says where. Not embassies or
// bases, which stand on another country's soil.
const FACILITIES = new Set(['airport', 'hospital', 'prison', 'jail', 'station', 'hotel', 'square', 'university', 'stadium', 'market', 'court', 'courthouse', 'mosque', 'church', 'school', 'street', 'neighbourhood', 'neighborhood']);

/** "near the Afghan border": a demonym before a noun modifies it; "in Kabul province" and "at a Moscow airport" still place. */
function isModifier(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  // "in Mali's Mopti region", "in Russia's Kursk": a country owning the named place after it says where.
  if (POSSESSIVE_MARKS.has(tokens[last]?.text ?? '') && next?.pos === 'PROPN') return false;
  return (next?.pos === 'NOUN' || next?.pos === 'PROPN') && !PLACE_WORDS.has(next.lemma) && !(FACILITIES.has(next.lemma) && isTown(tokens, last));
}


/** A capitalised name rather than a demonym ("a Moscow airport", not "a Russian airport"). */
function isTown(tokens: readonly Token[], last: number): boolean {
  return tokens[last]?.pos === 'PROPN';
}

function isAtPlace(tokens: readonly Token[], first: number): boolean {
  let index = first - 1;
  while (index >= first - 8 && (tokens[index]?.pos === 'DET' || tokens[index]?.pos === 'ADJ' || PLACE_WORDS.has(tokens[index]?.lemma ?? '') || isCompassPart(tokens, index) || isOwningCountry(tokens, index))) index--;
  return LOCATIVE_WORDS.has(tokens[index]?.lemma ?? '');
}

/** "in Mali's Mopti region": the owner's name and its "'s" stand before the place as a modifier would. */
function isOwningCountry(tokens: readonly Token[], index: number): boolean {
  return POSSESSIVE_MARKS.has(tokens[index]?.text ?? '') || (tokens[index]?.pos === 'PROPN' && POSSESSIVE_MARKS.has(tokens[index + 1]?.text ?? ''));
}

/** "in far-western Nepal": the parts of a hyphened compass word ("far", "-") stand where an adjective would. */
function isCompassPart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const isHyphen = token?.text === '-' && token.precededBySpace === false;
  return isHyphen || (tokens[index + 1]?.text === '-' && tokens[index + 1]?.precededBySpace === false && token?.pos !== 'PUNCT');
}

/** "Navalny was detained by police": the police or troops that arrest or repress someone are that person's state's. */
function isCoercionByState(event: SentenceEvent, source: ActorMention): boolean {
  return sentenceEventCode(event).startsWith('17') && STATE_SIDE_ROLES.has(roleOf(source.code));
}

/** Police and crowds: bodies that stand where the event is, a meeting's venue included. */
function isLocalBody(side: ActorMention | undefined): boolean {
  const role = roleOf(side?.code);
  return role === 'COP' || CROWD_ROLES.has(role);
}
