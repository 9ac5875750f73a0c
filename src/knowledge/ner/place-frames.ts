import type { Gazetteer } from '../places/gazetteer.ts';
import { chunksOf, isAllOutside, tagsOf, type Chunk } from './chunks.ts';
import { isClubFrame, isSportsArticle } from './club-frames.ts';
import { personNameParts } from './person-name-parts.ts';
import { PhraseLexicon, startsUpper } from './phrase-lexicon.ts';

// Words after which a known place name is the place: on CoNLL eng.train 628 of the 636 known place names after them are
// LOC, and three of the other eight are followed by "'s" (a club's win "in X 's"), which is read as no frame.
const LOCATIVE = new Set(['in', 'near', 'outside', 'into', 'across']);
// "at X", "from X" (268 of 276 LOC on eng.train) are also a club's ground or a transfer in sports copy ("he moved from
// Lyon", "the fans at Lyon"): they count only for a name the article does not name otherwise, beside no other club.
const WEAK_LOCATIVE = new Set(['at', 'from']);
/** "the city of X", "the outskirts of X": every such name on eng.train is LOC. */
export const PLACE_OF: ReadonlySet<string> = new Set(['city', 'town', 'village', 'port', 'capital', 'province', 'region', 'district', 'state', 'county', 'suburb', 'suburbs', 'outskirts', 'streets', 'centre', 'center', 'municipality', 'island', 'governorate', 'prefecture']);
// "in central X", "near occupied X": a locative word may stand before one of these.
const BEFORE_PLACE = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'downtown', 'occupied', 'besieged', 'neighbouring', 'neighboring', 'nearby']);
// "X's mayor", "X's old town": what a town has and a club or a person does not.
const PLACE_HEADS = new Set(['mayor', 'governor', 'residents', 'inhabitants', 'outskirts', 'streets', 'airport', 'port', 'harbour', 'harbor', 'suburbs', 'centre', 'center', 'downtown', 'mayoral', 'citizens', 'old', 'city']);
const NOT_A_PLACE_BEFORE_IN = new Set(['shares', 'stake', 'stakes', 'holding', 'holdings']);
const DASHES = new Set(['-', '--', '–', '—']);

/** Every spelling of every place the gazetteer knows, for `labelPlacesInFrames`; "Cox's Bazar" as CoNLL splits it. */
export function buildPlaceNames(gazetteer: Gazetteer): PhraseLexicon {
  const names = new PhraseLexicon();
  // A demonym that also names a region ("Somali") is read as the demonym.
  // Countries are told apart: a national side is not a club's town ("a move from Spain" stays a place).
  for (const [name, candidates] of gazetteer.spellings()) {
    if (gazetteer.demonym(name) === undefined) names.add(name.replace(/(\p{L})['’]s\b/gu, "$1 's"), candidates.some((c) => c.kind === 'country') ? 'country' : 'place');
  }
  return names;
}

/**
 * Labels a known place LOC where its frame says it is one ("in X", "the city of X", "X's mayor", a dateline), and
 * gives a cut name its whole span ("Port of [Spain]" → "[Port of Spain]"). The perceptron learned city names from
 * 1996 sports tables (Marseille, Lyon, Milan are clubs there) and meets most 2020s towns unseen, so in "officials in
 * X said" the verb after the name outweighs the preposition before it; the frame is evidence it weighs too little.
 * A lone word that is part of a person's full name in the article stays as it is ("in Obama").
 */
export function labelPlacesInFrames(
  sentences: readonly (readonly string[])[],
  labels: readonly string[][],
  places: PhraseLexicon,
  /** Whether word `index` of sentence `sentence` is capitalised and starts a place name, when the caller keeps that per word. */
  mayStart?: (sentence: number, index: number) => boolean,
): string[][] {
  // Both read the whole article, so they are built only when a name in a frame needs them.
  let nameParts: Set<string> | undefined;
  let otherNames: Set<string> | undefined;
  let isSports: boolean | undefined;
  return labels.map((tags, n) => {
    // Only a name the recogniser labelled can change, so a sentence without one needs no look-up.
    if (isAllOutside(tags)) return tags;
    const words = sentences[n] ?? [];
    // Lower-case inner words count ("Deir al-Balah", "Sharm el-Sheikh"): the name starts capitalised and has a capital
    // in its last word.
    const found = places.matches(words, false, mayStart ? (i) => mayStart(n, i) : (i) => startsUpper(words[i] ?? '')).filter((m) => /\p{Lu}/u.test(words[m.end - 1] ?? ''));
    if (found.length === 0) return tags;
    let chunks = chunksOf(tags);
    let changed = false;
    for (const { start, end } of found) {
      const inside = chunks.filter((c) => c.start < end && start < c.end);
      if (inside.length === 0 || inside.some((c) => c.start < start || c.end > end)) continue;
      const whole = inside.length === 1 && inside[0]?.start === start && inside[0].end === end;
      // MISC stays: the names it holds here are adjectives ("Western nations").
      if (whole && inside[0]?.type !== 'PER' && inside[0]?.type !== 'ORG') continue;
      // A cut name is extended where the recogniser saw a place in it; a whole name is retyped only in a frame.
      const isCut = !whole && end - start > 1 && inside.some((c) => c.type === 'LOC');
      const frame = isCut ? 'strong' : locativeFrame(words, start, end);
      if (frame === undefined) continue;
      if (frame === 'weak' && ((isClubFrame(words, start) && (isSports ??= isSportsArticle(sentences))) || hasClub(words, chunks, places, start) || (otherNames ??= otherNamings(sentences, labels)).has(phraseAt(words, start, end)))) continue;
      if (end - start === 1 && (nameParts ??= personNameParts(sentences, labels)).has(words[start] ?? '')) continue;
      chunks = [...chunks.filter((c) => !inside.includes(c)), { start, end, type: 'LOC' }].sort((a, b) => a.start - b.start);
      changed = true;
    }
    return changed ? tagsOf(chunks, words.length) : tags;
  });
}

/** How strongly the words around `[start, end)` make a place of the name there, if at all. */
function locativeFrame(words: readonly string[], start: number, end: number): 'strong' | 'weak' | undefined {
  const lower = (k: number): string => (words[k] ?? '').toLowerCase();
  const next = words[end] ?? '';
  if (next === "'s" || next === '’s') return PLACE_HEADS.has(lower(end + 1)) ? 'strong' : undefined;
  let before = start - 1;
  if (BEFORE_PLACE.has(lower(before))) before--;
  // "shares in X", "a stake in X": a company.
  if (LOCATIVE.has(lower(before))) return NOT_A_PLACE_BEFORE_IN.has(lower(before - 1)) ? undefined : 'strong';
  if (WEAK_LOCATIVE.has(lower(before))) return 'weak';
  if (lower(before) === 'of' && PLACE_OF.has(lower(before - 1))) return 'strong';
  return start === 0 && isDateline(words, end) ? 'strong' : undefined;
}

// "joined Lyon from Marseille", "from Leeds to Cardiff": another town named as an organisation in the sentence is a club.
function hasClub(words: readonly string[], chunks: readonly Chunk[], places: PhraseLexicon, start: number): boolean {
  return chunks.some((c) => c.type === 'ORG' && c.start !== start && places.lookup(phraseAt(words, c.start, c.end)) !== undefined);
}

function phraseAt(words: readonly string[], start: number, end: number): string {
  return words.slice(start, end).join(' ');
}

// Names labelled other than LOC more than once in the article: a club or a person there, whatever one frame says.
function otherNamings(sentences: readonly (readonly string[])[], labels: readonly string[][]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  labels.forEach((tags, n) => {
    for (const chunk of chunksOf(tags)) {
      if (chunk.type === 'LOC') continue;
      const name = phraseAt(sentences[n] ?? [], chunk.start, chunk.end);
      if (seen.has(name)) twice.add(name);
      seen.add(name);
    }
  });
  return twice;
}

// "Lyon, March 3 (Reuters) -", "LYON, France (AP) —": the name opening the sentence, then a dash within a few words
// after a closing bracket or a number.
function isDateline(words: readonly string[], end: number): boolean {
  if (words[end] !== ',' && words[end] !== '(') return false;
  for (let k = end + 1; k < Math.min(words.length, end + 9); k++) {
    if (DASHES.has(words[k] ?? '')) return words[k - 1] === ')' || /\d/.test(words[k - 1] ?? '');
  }
  return false;
}
