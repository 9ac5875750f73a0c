import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';

const AT_PLACE = new Set(['in', 'at']);

/** Countries whose national legislature is called Congress in English news (Congreso, Congresso, Kongreso). */
const CONGRESS_COUNTRIES = new Set(['ARG', 'BRA', 'CHL', 'COL', 'DOM', 'ESP', 'GTM', 'HND', 'MEX', 'PER', 'PHL', 'PRY']);

/**
 * "lawmakers gathered at Congress in Bogota", "crowds ringed Congress in Asuncion": a bare "Congress" placed in a city
 * of a country whose legislature bears that name is that country's legislature, not the US Congress. Only a place
 * right after "Congress in/at" says so: "Speaking in Kyiv, the president urged Congress…" or "Congress condemned the
 * arrests in Caracas" name where someone else spoke or acted.
 */
export function withCongressOfTheCountry(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  const congress = mentions.find((mention) => mention.code === 'USALEG' && mention.first === mention.last && tokens[mention.first]?.text === 'Congress');
  if (!congress || !AT_PLACE.has(tokens[congress.last + 1]?.lemma ?? '')) return [...mentions];
  if (mentions.some((mention) => mention !== congress && mention.code?.startsWith('USA'))) return [...mentions];
  const place = mentions.find((mention) => mention.first === congress.last + 2 && mention.isCountryless !== true);
  const country = place?.code?.slice(0, 3);
  if (!country || !CONGRESS_COUNTRIES.has(country)) return [...mentions];
  return mentions.map((mention) => (mention === congress ? actorMention({ ...mention, code: `${country}LEG`, country }) : mention));
}
