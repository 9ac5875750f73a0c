import { chunksOf, isAllOutside, tagsOf, type Chunk } from './chunks.ts';
import { personNameParts } from './person-name-parts.ts';
import type { PhraseLexicon } from './phrase-lexicon.ts';

// "a signing from X", "on loan from X", "signed the winger from X": words of a transfer, a few words before "from".
// Buying and selling are left out: firms buy from towns and sell to them in any news.
const TRANSFER_WORDS = new Set(['signing', 'signings', 'signed', 'sign', 'signs', 'transfer', 'transferred', 'loan', 'loaned', 'joined', 'joins', 'arrived', 'arriving', 'recruited', 'poached', 'snapped']);
// "his move from X", "a £2m switch from X": these are a transfer only after a possessive, an article or a fee; "moving
// from X to Y" alone is a person's home.
const MOVE_WORDS = new Set(['move', 'switch', 'deal', 'departure', 'exit']);
const OWNERS = new Set(['his', 'her', 'their', 'a', 'the', "'s", '’s']);
// "a spell at X", "his future at X", "team-mate at X" (split "team - mate"): a player's time with a club, right before "at".
const TENURE_WORDS = new Set(['spell', 'spells', 'stint', 'stints', 'career', 'future', 'time', 'contract', 'tenure', 'debut', 'loan', 'team-mate', 'team-mates', 'teammate', 'teammates', 'mate', 'mates', 'reign']);
// Words of sport that other news uses too (a hotel's manager, a holiday season, a cup of tea)…
const SPORT_WORDS = new Set(['goal', 'goals', 'defender', 'keeper', 'league', 'cup', 'season', 'squad', 'scored', 'penalty', 'stadium', 'coach', 'manager', 'transfer', 'signing', 'club', 'champions', 'match', 'cap', 'caps', 'tries']);
// …and words only sports copy uses. An article is sports copy with one of these and another word of either list, or with
// three of the first ("the club's manager" in "a poor season").
const SPORT_ONLY_WORDS = new Set(['striker', 'midfielder', 'goalkeeper', 'winger', 'premiership', 'fixture', 'referee', 'relegation', 'rugby', 'football', 'cricket', 'innings', 'hooker', 'scrum-half', 'fly-half', 'wicket', 'batsman', 'footballer', 'playmaker', 'full-back', 'centre-back', 'bowler']);
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '(', ')', '"']);
const LOOK_BACK = 5;

/**
 * Whether the name at `start` follows "from" or "at" in a club's frame: a transfer before "from" ("a £3m move from X",
 * "joined on loan from X") or a player's time right before "at" ("a loan spell at X"). In sports copy a town there is
 * the club of the name, whatever the gazetteer says; a match played "at X" (a defeat at X) stays the town.
 */
export function isClubFrame(words: readonly string[], start: number): boolean {
  const lower = (k: number): string => (words[k] ?? '').toLowerCase();
  const preposition = lower(start - 1);
  if (preposition === 'at') return TENURE_WORDS.has(lower(start - 2));
  if (preposition !== 'from') return false;
  for (let k = start - 2; k >= Math.max(0, start - 1 - LOOK_BACK); k--) {
    const word = lower(k);
    if (CLAUSE_ENDS.has(word)) return false;
    if (TRANSFER_WORDS.has(word)) return true;
    if (MOVE_WORDS.has(word) && (OWNERS.has(lower(k - 1)) || isFee(lower(k - 1)))) return true;
  }
  return false;
}

function isTown(categories: readonly string[] | undefined): boolean {
  return categories !== undefined && !categories.includes('country');
}

// "£2.2m", split or not: "£ 2.2 m", "$5m".
function isFee(word: string): boolean {
  return /^[£$€]|\d(?:m|bn)?$|^(?:m|bn)$/.test(word);
}

/** Whether an article reads as sports copy, by the distinct words of sport it holds. */
export function isSportsArticle(sentences: readonly (readonly string[])[]): boolean {
  const seen = new Set<string>();
  let hasSportOnlyWord = false;
  for (const words of sentences) {
    for (const word of words) {
      const lower = word.toLowerCase();
      if (SPORT_ONLY_WORDS.has(lower)) hasSportOnlyWord = true;
      else if (!SPORT_WORDS.has(lower)) continue;
      seen.add(lower);
      if (seen.size >= (hasSportOnlyWord ? 2 : 3)) return true;
    }
  }
  return false;
}

/**
 * Labels a known town ORG where a sports article names it in a club's frame ("his £4m move from Leeds", "a loan spell
 * at Celtic"): the recogniser, trained on 1996 results tables, calls many clubs by their towns LOC, and a club read as a
 * place gives its town's country to whatever the article's events say it did.
 */
export function labelClubsInFrames(sentences: readonly (readonly string[])[], labels: readonly string[][], places: PhraseLexicon): string[][] {
  let isSports: boolean | undefined;
  let nameParts: Set<string> | undefined;
  return labels.map((tags, n) => {
    // No chunk, no club: most sentences need no chunk list.
    if (isAllOutside(tags)) return tags;
    const words = sentences[n] ?? [];
    const chunks = chunksOf(tags);
    // A town the recogniser took for a person ("a move from Chelsea") is the club too, unless the article names a person
    // whose full name holds the word. The names are read from these labels, not shared with the place frames: those run
    // first and may have made a two-word "person" a place, whose words then protect nothing.
    const isCandidate = (c: Chunk): boolean => c.type === 'LOC' || (c.type === 'PER' && c.end - c.start === 1 && !(nameParts ??= personNameParts(sentences, labels)).has(words[c.start] ?? ''));
    const clubs = chunks.filter((c) => (c.type === 'LOC' || c.type === 'PER') && isClubFrame(words, c.start) && isTown(places.lookup(words.slice(c.start, c.end).join(' '))) && isCandidate(c));
    if (clubs.length === 0 || !(isSports ??= isSportsArticle(sentences))) return tags;
    return tagsOf(chunks.map((c) => (clubs.includes(c) ? { ...c, type: 'ORG' } : c)), words.length);
  });
}
