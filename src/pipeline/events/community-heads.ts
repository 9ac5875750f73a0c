import type { ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import { REGIONAL_HEADS } from '../../knowledge/actor-dictionary/regional-heads.ts';
import { DEMONYMS } from '../../knowledge/places/demonyms.ts';
import type { Token } from '../../model/token.ts';

const REGIONAL_HEAD_NAMES: ReadonlySet<string> = new Set(REGIONAL_HEADS.map((group) => group.name));

/**
 * Words that make a people's leaders a community's, inside one state, or some of the region's leaders speaking each for
 * their own state: "Sunni Arab leaders", "local Arab leaders", "several Southeast Asian leaders", "other Arab leaders", "five Arab leaders".
 */
const COMMUNITY_WORDS = new Set(['sunni', 'shia', 'shiite', "shi'ite", 'christian', 'muslim', 'druze', 'bedouin', 'local', 'tribal', 'community', 'ethnic', 'moderate', 'prominent', 'some', 'several', 'many', 'most', 'few', 'other']);

/**
 * "Israeli Arab leaders", "Sunni Arab leaders", "Arab leaders in Kirkuk": a region's adjective that also names a people
 * gives a community's own heads, not the regional body (`REGIONAL_HEADS`), when a demonym or community word comes
 * before it or "in"/"from" a place right after it. At a summit wire copy writes "Arab leaders meeting in Cairo".
 */
export function isCommunityHeads(tokens: readonly Token[], match: ActorDictionaryMatch): boolean {
  if (!REGIONAL_HEAD_NAMES.has(match.entry.name)) return false;
  const before = tokens[match.firstToken - 1]?.text ?? '';
  // "five Arab leaders" are five states' leaders; "the 2019 Arab leaders' summit" names a year, not a count.
  const isCounted = tokens[match.firstToken - 1]?.pos === 'NUM' && !/^\d{4}$/.test(before);
  const after = tokens[match.lastToken + 1]?.lemma ?? '';
  return DEMONYMS[before] !== undefined || COMMUNITY_WORDS.has(before.toLowerCase()) || isCounted || after === 'in' || after === 'from';
}
