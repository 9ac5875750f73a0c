import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { LOCATIVE_PREPOSITIONS } from './actor-groups.ts';
import { isBareCountry } from './agent-roles.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';

const AT_PLACE = new Set(['in', 'at']);

/** Countries whose national legislature is called Congress in English news (Congreso, Congresso, Kongreso). */
const CONGRESS_COUNTRIES = new Set(['ARG', 'BRA', 'CHL', 'COL', 'DOM', 'ESP', 'GTM', 'HND', 'MEX', 'PER', 'PHL', 'PRY']);

// "stormed Congress", "marched on Congress", "rallied outside Congress": the building reached, not the body addressed.
const BODILY_VERBS = new Set(['storm', 'invade', 'attack', 'surround', 'besiege', 'occupy', 'breach', 'ransack', 'raid', 'enter', 'blockade']);
const BODILY_PREPOSITIONS = new Set(['outside', 'into', 'inside']);
const MARCHES = new Set(['march', 'converge', 'rally']);

function isReachedBodily(tokens: readonly Token[], congress: number): boolean {
  const before = tokens[congress - 1];
  if (!before) return false;
  if (BODILY_VERBS.has(before.lemma) || BODILY_PREPOSITIONS.has(before.lemma)) return true;
  return before.lemma === 'on' && MARCHES.has(tokens[congress - 2]?.lemma ?? '');
}

// "in Lima", "in central Santiago": a capital read as its government is still where things happen after a locative.
function isAfterLocative(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.pos === 'ADJ' ? first - 2 : first - 1;
  return LOCATIVE_PREPOSITIONS.has(tokens[before]?.lemma ?? '');
}

/**
 * The one country every other coded actor and place of the sentence belongs to, if a place of it is named: "Rioters
 * stormed Congress, and Mexico condemned the attack" names a country that reacts, not where the building stands.
 */
function soleCountry(tokens: readonly Token[], mentions: readonly ActorMention[], congress: ActorMention): string | undefined {
  let sole: string | undefined;
  let isPlaced = false;
  for (const mention of mentions) {
    const country = mention === congress || mention.isCountryless === true ? undefined : mention.code?.slice(0, 3);
    if (!country || !/^[A-Z]{3}$/.test(country)) continue;
    if (sole !== undefined && sole !== country) return undefined;
    sole = country;
    isPlaced ||= mention.placeId !== undefined || isAfterLocative(tokens, mention.first);
  }
  return isPlaced ? sole : undefined;
}

/**
 * "lawmakers gathered at Congress in Bogota", "crowds ringed Congress in Asuncion": a bare "Congress" placed in a city
 * of a country whose legislature bears that name is that country's legislature, not the US Congress. Only a place
 * right after "Congress in/at" says so: "Speaking in Kyiv, the president urged Congress…" or "Congress condemned the
 * arrests in Caracas" name where someone else spoke or acted. A Congress stormed, entered or marched on is a building
 * in the place the sentence is about: with every other actor and place of one such country, and a town or region of it
 * named ("Protesters in Lima stormed Congress"), it is that country's.
 */
export function withCongressOfTheCountry(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  const congress = mentions.find((mention) => mention.code === 'USALEG' && mention.first === mention.last && tokens[mention.first]?.lemma.toLowerCase() === 'congress');
  if (!congress) return [...mentions];
  // "Peru's congress", "Mexico's Congress": the country owning it says whose it is, whatever else the sentence names.
  const owner = POSSESSIVE_MARKS.has(tokens[congress.first - 1]?.text ?? '') ? mentions.find((mention) => mention.last === congress.first - 2 && isBareCountry(mention.code)) : undefined;
  if (!owner && mentions.some((mention) => mention !== congress && mention.code?.startsWith('USA'))) return [...mentions];
  const place = AT_PLACE.has(tokens[congress.last + 1]?.lemma ?? '') ? mentions.find((mention) => mention.first === congress.last + 2 && mention.isCountryless !== true) : undefined;
  const country = owner?.code ?? place?.code?.slice(0, 3) ?? (isReachedBodily(tokens, congress.first) ? soleCountry(tokens, mentions, congress) : undefined);
  if (!country || !CONGRESS_COUNTRIES.has(country)) return [...mentions];
  return mentions.map((mention) => (mention === congress ? actorMention({ ...mention, code: `${country}LEG`, country }) : mention));
}
