import { TITLE_HEADS } from '../../knowledge/actors/titles.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { isBareCountry } from './agent-roles.ts';
import { FIGHTERS } from './force-means.ts';
import { hasSentenceWords } from './sentence-words.ts';
import { hasPlaceMention } from './has-place-mention.ts';
import { PERSON_PRONOUNS, PRONOUN_WORDS } from './coordinated-pronoun.ts';
import { CIVIL_PEOPLE } from './unconventional-violence.ts';

const OBJECT_RELATIVES = new Set(['which', 'what']);
const PERSON_WORDS = new Set([...PERSON_PRONOUNS, 'his', 'her', 'him']);

/**
 * "Bolivia's president flew home, and he later accused Chile…", "…protesters massed outside, demanding that she resign":
 * a "he" or "she" inside a sentence stands for the person named before it when that is the only person named before it.
 * Not when two people of different sides are named, nor when a name the actors stage does not know comes first ("Police
 * held Jan Novak after he…"): the pronoun may be theirs, and an owner counts ("Ruto praised Mr Lee's campaign, saying he
 * had…" may be either). A pronoun before the first person named ("After he landed, he thanked Mr Sato") stands for someone
 * of an earlier sentence, so the later ones do too. Nor when a second person named by a noun alone ("a fisherman", "her
 * husband") stands between, who may be the one meant.
 */
export function lonePersonPronouns(doc: AnalyzedDocument, sentence: Sentence, covered: (index: number) => boolean, resolved: readonly ActorMention[]): ActorMention[] {
  const mentions: ActorMention[] = [];
  if (!hasSentenceWords(doc.tokens, sentence, PRONOUN_WORDS)) return mentions;
  for (let index = sentence.firstToken + 1; index <= sentence.lastToken; index++) {
    const token = doc.tokens[index];
    if (!token || !PERSON_PRONOUNS.has(token.text.toLowerCase()) || covered(index)) continue;
    // "he and the Iranian president": a pronoun heading a list is the coordinated-pronoun rule's, which knows when
    // the list would swallow an actor named just before.
    if (doc.tokens[index + 1]?.lemma === 'and' || doc.tokens[index + 1]?.text === ',') continue;
    // "the ruling, which he called an attack", "in what she termed a sham": the act of a clause whose object is "which"
    // or "what" names a thing, and read with a doer it codes an appeal or a condemnation of no one.
    if (OBJECT_RELATIVES.has(doc.tokens[index - 1]?.text.toLowerCase() ?? '')) continue;
    const before = resolved.filter((mention) => mention.first >= sentence.firstToken && mention.last < index);
    const people = before.filter((mention) => isPersonMention(doc, mention));
    const person = people[0];
    if (!person || person.code === undefined || isBareCountry(person.code) || people.some((other) => other.code !== person.code)) continue;
    if (hasPersonWordBefore(doc, sentence, person.first) || hasUnknownNameBefore(doc, sentence, index, before)) continue;
    if (hasRoleNounBetween(doc, person.last, index, before)) continue;
    mentions.push(actorMention({ ...person, first: index, last: index }));
  }
  return mentions;
}

/** A named person, or a title written singular ("the Kenyan president"), as a later "he" stands for in the discourse. */
function isPersonMention(doc: AnalyzedDocument, mention: ActorMention): boolean {
  // "He said she had…": a pronoun read as an earlier sentence's person names nobody here, so it is no antecedent.
  if (doc.tokens[mention.first]?.pos === 'PRON') return false;
  // "Port-au-Prince" ends in a title word but stands for a country.
  return mention.isPerson === true || mention.isUnplacedPerson === true || (mention.placeId === undefined && !isBareCountry(mention.code) && TITLE_HEADS.has(doc.tokens[mention.last]?.text.toLowerCase() ?? ''));
}

/**
 * "Meloni met a Tunisian fisherman, and he accused…", "Tinubu pardoned a journalist after he was jailed": a person named
 * by a noun alone ("a fisherman", "the gunman", "an envoy") may be the one the pronoun stands for, so it stands for neither.
 */
function hasRoleNounBetween(doc: AnalyzedDocument, from: number, pronoun: number, before: readonly ActorMention[]): boolean {
  for (let index = from + 1; index < pronoun; index++) {
    const token = doc.tokens[index];
    if (token?.pos !== 'NOUN' || token.text.toLowerCase() !== token.lemma) continue;
    // "Kenyan President William Ruto": a title inside a person's own mention names that person.
    if (before.some((mention) => mention.isPerson === true && mention.first <= index && index <= mention.last)) continue;
    if (ONE_PERSON_NOUNS.has(token.lemma) && !isOwnRole(doc, index)) return true;
  }
  return false;
}

/** "resigned as Zimbabwe's president", "sworn in as prime minister": a role after "as" is the doer's own. */
function isOwnRole(doc: AnalyzedDocument, noun: number): boolean {
  let index = noun - 1;
  while (index > noun - 5 && ROLE_MODIFIERS.has(doc.tokens[index]?.pos ?? '')) index--;
  return doc.tokens[index]?.lemma === 'as';
}

const ROLE_MODIFIERS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PART']);

/**
 * Nouns that name one person by role or kin: titles, fighters, civilians, and a few more that wire copy uses for a second
 * person ("thanked her husband, and he…": kin are of the other sex as often as of the same).
 */
const ONE_PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...TITLE_HEADS, ...FIGHTERS, ...[...CIVIL_PEOPLE].filter((noun) => noun !== 'people'), 'refugee', 'migrant', 'widow', 'pilot', 'man', 'suspect', 'victim', 'hostage', 'prisoner', 'pope',
  'cleric', 'businessman', 'doctor', 'worker', 'husband', 'wife', 'son', 'daughter', 'father', 'mother', 'brother', 'sister',
]);

/** "he", "his" or "him" before the person named: the sentence speaks of someone named earlier. */
function hasPersonWordBefore(doc: AnalyzedDocument, sentence: Sentence, first: number): boolean {
  for (let index = sentence.firstToken; index < first; index++) if (PERSON_WORDS.has(doc.tokens[index]?.text.toLowerCase() ?? '')) return true;
  return false;
}

/** Two proper nouns in a row that no mention and no place covers: a person the actors stage does not know. */
function hasUnknownNameBefore(doc: AnalyzedDocument, sentence: Sentence, pronoun: number, before: readonly ActorMention[]): boolean {
  const isMentioned = (index: number): boolean => before.some((mention) => mention.first <= index && index <= mention.last);
  for (let index = sentence.firstToken; index < pronoun - 1; index++) {
    if (doc.tokens[index]?.pos !== 'PROPN' || doc.tokens[index + 1]?.pos !== 'PROPN') continue;
    if (!isMentioned(index) && !isMentioned(index + 1) && !isPlaceAt(doc, index)) return true;
  }
  return false;
}

function isPlaceAt(doc: AnalyzedDocument, index: number): boolean {
  const span = doc.tokens[index]?.span;
  return span !== undefined && hasPlaceMention(doc, (mention) => mention.start <= span.start && span.end <= mention.end);
}
