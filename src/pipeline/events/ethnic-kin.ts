import type { Token } from '../../model/token.ts';
import { actorMention } from './actor-mention.ts';
import type { ActorMention } from './find-actor-mentions.ts';

/**
 * "ethnic Albanian rebels around Tetovo", "drove ethnic Uzbeks out of Osh": a people named as an ethnic group is
 * of the state it lives in, not of the state its name comes from, so the mention is left countryless (its role kept,
 * civilians when it has none) for the place or the state acting on it to give the country, as CAMEO coders do; placed
 * nowhere ("ethnic Armenians in Nagorno-Karabakh"), it keeps its people's.
 */
export function withEthnicKinCountryless(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  return mentions.map((mention) => {
    const code = mention.code;
    // "ethnic Albanians", "thousands of ethnic Albanians" (one mention with its agent).
    if (!hasEthnicWord(tokens, Math.max(0, mention.first - 1), mention.last)) return mention;
    if (!code || !/^[A-Z]{3}/.test(code) || /^(IGO|NGO|---)/.test(code) || mention.isPerson === true || mention.placeId !== undefined) return mention;
    const role = code.slice(3) || 'CVL';
    return actorMention({ ...mention, code: `---${role}`, country: undefined, isCountryless: true, kinCountry: code.slice(0, 3) });
  });
}

/** Whether a token from `first` to `last` has the lemma "ethnic": read in place, not on a slice copied per mention. */
function hasEthnicWord(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last && index < tokens.length; index++) if ((tokens[index] as Token).lemma === 'ethnic') return true;
  return false;
}
