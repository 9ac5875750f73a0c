import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence } from '../../model/token.ts';
import type { ActorMention, DiscourseContext } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { isBareCountry, isStateCountry } from './agent-roles.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { hasSentenceWords, sentenceWords } from './sentence-words.ts';
import { LOCATIVE_WORDS } from './clause-shape.ts';
import { isAttackNoun } from './find-agents.ts';
import { hasPlaceMention } from './has-place-mention.ts';

/** Nouns for a part of a country: "the town", "the enclave" stand for a place named before, never for a state. */
const PART_NOUNS = new Set(['region', 'area', 'province', 'city', 'town', 'territory', 'oblast', 'district', 'enclave']);
/** Nouns for a land that may be a state or a part of one ("the island" after Taiwan or after Crete). */
const LAND_NOUNS = new Set(['island', 'peninsula']);
const PLACE_NOUNS = new Set([...PART_NOUNS, ...LAND_NOUNS]);
/** Nouns for a state itself: only a state named before (not a town in it) is what they stand for. */
const STATE_NOUNS = new Set(['country', 'kingdom']);
const REFERENT_WORDS = sentenceWords(new Set([...PLACE_NOUNS, ...STATE_NOUNS]));

/** What the sentence's earlier steps found, that a place noun is read against. */
export interface PlaceNounFound {
  /** The actors named so far in the sentence. */
  readonly named: readonly ActorMention[];
  /** The places the places stage found in it. */
  readonly places: readonly ActorMention[];
  /** Whether a token is already part of a mention. */
  readonly covered: (index: number) => boolean;
  /** Whether "in"/"at" and a place follow right after the token. */
  readonly isPlacedAfter: (last: number) => boolean;
}

/**
 * "Russian troops withdrew from Kherson…, the city", "imposed a siege on Gaza… the enclave", "gave Guinea's junta a month…, and
 * imposed sanctions on the country": "the" and one of these nouns stands for the last place (for a state noun, the last
 * state) the sentence named before it, else for the last place of the sentences before. Not "the town of Palma" (it
 * names its own), nor one placed by "in"/"at" right after.
 */
export function placeNounReferents(doc: AnalyzedDocument, sentence: Sentence, found: PlaceNounFound, context: DiscourseContext): ActorMention[] {
  const { named, places } = found;
  const mentions: ActorMention[] = [];
  // With no place or actor named before, or no such noun in the sentence, no token is looked at.
  if ((!context.lastPlace && places.length === 0 && named.length === 0) || !hasSentenceWords(doc.tokens, sentence, REFERENT_WORDS)) return mentions;
  for (let index = sentence.firstToken + 1; index <= sentence.lastToken; index++) {
    const token = doc.tokens[index];
    const isStateNoun = STATE_NOUNS.has(token?.lemma ?? '');
    if (!token || !isReferringPlaceNoun(doc, index, isStateNoun, found)) continue;
    // "the country's first mobilisation", "the kingdom's reforms": what a state owns is seldom a side of the act it is in;
    // "the withdrawal of troops from the country": the state left is where from, the troops leaving are the side;
    // "riots across the country", "airports throughout the country": where things happened, no side of them; but the
    // land that "air strikes across the country" hit is their target.
    // The word right before "the", not `isLocative` (which skips adjectives): the attack noun is read just before it.
    const before = doc.tokens[index - 2]?.lemma ?? '';
    const isWhere = LOCATIVE_WORDS.has(before) && !isAttackNoun(doc.tokens[index - 3], doc.tokens[index - 2]);
    if (isStateNoun && (POSSESSIVE_MARKS.has(doc.tokens[index + 1]?.text ?? '') || before === 'from' || isWhere)) continue;
    const inSentence = isStateNoun ? lastStateBefore(doc, named, index - 1) : lastPlaceBefore(doc, named, places, index - 1, PART_NOUNS.has(token.lemma));
    if (inSentence) {
      mentions.push(actorMention({ first: index - 1, last: index, code: inSentence.country, name: `the ${token.text}`, placeId: inSentence.placeId }));
      continue;
    }
    // "The country" opening a sentence is `definiteReferent`'s: the salient actor, not the last place.
    if (isStateNoun || !context.lastPlace) continue;
    mentions.push(actorMention({ first: index - 1, last: index, code: context.lastPlace.country, name: `the ${token.text}`, placeId: context.lastPlace.id }));
  }
  return mentions;
}

/**
 * Whether the token at `index` is "the" and a singular place or state noun that names no place of its own: not already
 * part of a mention, not "the town of Palma", nor placed by "in"/"at" right after.
 */
function isReferringPlaceNoun(doc: AnalyzedDocument, index: number, isStateNoun: boolean, found: PlaceNounFound): boolean {
  const token = doc.tokens[index];
  if (!token) return false;
  // The word tests before the look-up of covered tokens: most words are no place noun.
  // "the islands", "the towns": several places are no one place named before.
  const isPlaceWord = (isStateNoun || PLACE_NOUNS.has(token.lemma)) && token.text.toLowerCase() === token.lemma && doc.tokens[index - 1]?.lemma === 'the';
  const namesItsOwn = doc.tokens[index + 1]?.lemma === 'of' && doc.tokens[index + 2]?.pos === 'PROPN';
  return isPlaceWord && !found.covered(index) && !found.isPlacedAfter(index) && !namesItsOwn;
}

interface Referent {
  readonly country: string;
  readonly placeId: string | undefined;
}

/**
 * The last place found by the places stage ending before `end`: for a part of a country, a place smaller than a state
 * ("crossed into Gaza from Egypt … the enclave" is Gaza); for a land, a state named by itself as well ("Taiwan").
 */
function lastPlaceBefore(doc: AnalyzedDocument, named: readonly ActorMention[], places: readonly ActorMention[], end: number, isPart: boolean): Referent | undefined {
  const isState = (mention: ActorMention): boolean => doc.places.find((place) => place.id === mention.placeId)?.precision === 'country';
  // "Criticism from Washington", "Moscow said": a capital standing for its government is an actor, no place a town or a
  // region is said of ("withdrew from Kherson", "reached Gaza" are places).
  const isActor = (mention: ActorMention): boolean => {
    const next = doc.tokens[mention.last + 1];
    const before = doc.tokens[mention.first - 1]?.lemma ?? '';
    // "Police in Rosario fired…": a town after "in" or "at" before the verb still says where its subject is.
    if (before === 'in' || before === 'at') return false;
    const isAfterNoun = before === 'from' && doc.tokens[mention.first - 2]?.pos === 'NOUN';
    return isAfterNoun || next?.pos === 'VERB' || next?.pos === 'AUX' || POSSESSIVE_MARKS.has(next?.text ?? '');
  };
  const place = places.findLast((mention) => mention.last < end && isStateCountry(mention.code?.slice(0, 3)) && !(isPart && (isState(mention) || isActor(mention))));
  const state = isPart ? undefined : named.findLast((mention) => mention.last < end && isBareCountry(mention.code) && isStateCountry(mention.code));
  const last = place && (!state || place.last > state.last) ? place : state;
  return last?.code ? { country: last.code.slice(0, 3), placeId: last.placeId } : undefined;
}

/**
 * The last state named before `end`: by itself ("Qatar"), or owning an actor ("Guinea's junta"). A demonym ("the French
 * ambassador … leave the country") names the envoy's state, seldom the one meant.
 */
function lastStateBefore(doc: AnalyzedDocument, named: readonly ActorMention[], end: number): Referent | undefined {
  // "met Guinea's junta in Accra, and imposed sanctions on the country": the state, not the town of the meeting.
  const isStateAt = (index: number): boolean => {
    const span = doc.tokens[index]?.span;
    return span !== undefined && hasPlaceMention(doc, (mention, place) => place.precision === 'country' && mention.start === span.start);
  };
  const isOwnedByState = (mention: ActorMention): boolean => mention.first < mention.last && POSSESSIVE_MARKS.has(doc.tokens[mention.first + 1]?.text ?? '');
  // "Greece criticised the country": the subject of the verb the noun is the object of is someone else than it.
  const isBefore = (mention: ActorMention): boolean => mention.last < end && isStateCountry(mention.code?.slice(0, 3)) && !isSubjectOfSameVerb(doc, mention, end);
  // A state named as such wins; with none, a capital ("signed a pact in Dodoma during a first visit to the country").
  const state = named.findLast((mention) => isBefore(mention) && (isBareCountry(mention.code) || isOwnedByState(mention)) && isStateAt(mention.first)) ?? named.findLast((mention) => isBefore(mention) && isBareCountry(mention.code));
  return state?.code ? { country: state.code.slice(0, 3), placeId: undefined } : undefined;
}

/** "Greece criticised the country", "Chad warned the kingdom": one verb, right after the mention, governs the noun at `end`. */
function isSubjectOfSameVerb(doc: AnalyzedDocument, mention: ActorMention, end: number): boolean {
  let index = mention.last + 1;
  while (doc.tokens[index]?.pos === 'AUX' || doc.tokens[index]?.pos === 'ADV') index++;
  if (doc.tokens[index]?.pos !== 'VERB') return false;
  for (let at = index + 1; at <= end; at++) if (doc.tokens[at]?.pos === 'VERB' || doc.tokens[at]?.pos === 'AUX' || doc.tokens[at]?.text === ',') return false;
  return true;
}
