import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence, Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { isBareCountry } from './agent-roles.ts';
import { hasSentenceWords, sentenceWords } from './sentence-words.ts';
import { isPluralNoun } from './plural-noun.ts';

/** Verbs of saying whose subject a pronoun opening the reported clause stands for. */
export const REPORTING = new Set(['say', 'tell', 'claim', 'announce', 'insist', 'add', 'state', 'warn', 'stress', 'confirm', 'declare', 'vow', 'pledge', 'promise', 'threaten', 'indicate', 'signal']);
const COORDINATORS = new Set(['and', 'but']);
// "Georgia said its forces had…": a possessive opening the reported clause stands for the speaker too.
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'its']);

const STATE_NOUNS = new Set(['government', 'country', 'administration', 'forces', 'troops', 'army', 'military', 'cabinet', 'nation', 'ministry']);
// A sentence needs both a pronoun (or "his", "her") and a reporting verb before one stands for a speaker.
const PRONOUN_WORDS = sentenceWords([...SPEAKER_PRONOUNS, 'his', 'her']);
const REPORTING_WORDS = sentenceWords(REPORTING);

/** "Albanese said his government would…": a leader's possessive before the state he speaks for. */
function isPersonsState(doc: AnalyzedDocument, index: number): boolean {
  const lemma = doc.tokens[index]?.lemma;
  return (lemma === 'his' || lemma === 'her') && STATE_NOUNS.has(doc.tokens[index + 1]?.lemma ?? '');
}

/**
 * "Peru said on Friday it will respond", "Sousa said she would not": a pronoun opening the reported clause is the
 * speaker, i.e. the actor just before the reporting verb.
 */
export function reportedSpeakerPronouns(doc: AnalyzedDocument, sentence: Sentence, covered: (index: number) => boolean, resolved: readonly ActorMention[]): ActorMention[] {
  const mentions: ActorMention[] = [];
  if (!hasSentenceWords(doc.tokens, sentence, PRONOUN_WORDS) || !hasSentenceWords(doc.tokens, sentence, REPORTING_WORDS)) return mentions;
  for (let index = sentence.firstToken + 2; index <= sentence.lastToken; index++) {
    const token = doc.tokens[index];
    if (!token || !(SPEAKER_PRONOUNS.has(token.lemma) || isPersonsState(doc, index)) || covered(index)) continue;
    let verb = index - 1;
    if (doc.tokens[verb]?.lemma === 'that') verb--;
    // "told the state broadcaster that they…": a reporting word that is no verb here ("state") is passed over.
    while (verb > index - 6 && verb > sentence.firstToken && !(REPORTING.has(doc.tokens[verb]?.lemma ?? '') && doc.tokens[verb]?.pos === 'VERB')) {
      const between = doc.tokens[verb];
      if (between?.pos === 'VERB' || between?.pos === 'PUNCT') break;
      verb--;
    }
    if (!REPORTING.has(doc.tokens[verb]?.lemma ?? '') || doc.tokens[verb]?.pos !== 'VERB') continue;
    // "Chile accused Peru …, but said it was ready to…": a coordinated reporting verb's speaker opens the sentence.
    const opener = COORDINATORS.has(doc.tokens[verb - 1]?.lemma ?? '') ? resolved.find((mention) => mention.first === sentence.firstToken && mention.code !== undefined) : undefined;
    const speaker = codedJustBefore(resolved, verb) ?? opener;
    // "Peru claimed that they had fired first": "they" does not stand for one country.
    const isPluralMismatch = token.lemma === 'they' && isBareCountry(speaker?.code);
    // "They said they had met…": a speaker that is itself a pronoun read as an unnamed body is a guess, and its copy would
    // act as the reported clause's subject (find-agents.ts), spreading the guess.
    const isGuessedSpeaker = speaker?.isCountryless === true && doc.tokens[speaker.first]?.pos === 'PRON';
    if (speaker && !isPluralMismatch && !isGuessedSpeaker && isAgreeing(doc.tokens[speaker.last], token)) mentions.push(actorMention({ ...speaker, first: index, last: index, isSpeakerPronoun: true }));
  }
  return mentions;
}

/**
 * "Rebels said they had killed ten soldiers", "police said they had arrested 30 people": a speaker named by an agent noun
 * alone (`---REB`) is found after the pronouns above were read, so its pronoun is read here, from those mentions only.
 */
export function countrylessSpeakerPronouns(doc: AnalyzedDocument, sentence: Sentence, unnamed: readonly ActorMention[], mentions: readonly ActorMention[]): ActorMention[] {
  if (unnamed.length === 0) return [];
  const isCovered = (index: number): boolean => mentions.some((mention) => mention.first <= index && index <= mention.last);
  const byStart = [...mentions].sort((a, b) => a.first - b.first);
  return reportedSpeakerPronouns(doc, sentence, isCovered, byStart).filter((pronoun) => pronoun.isCountryless === true);
}

/**
 * "Officials said she had been warned", "She said he travelled": a pronoun does not stand for a speaker it disagrees with,
 * a plural noun for "he", "she" or "it", another pronoun for a different one.
 */
function isAgreeing(speaker: Token | undefined, pronoun: Token): boolean {
  if (speaker?.pos === 'PRON') return speaker.lemma === pronoun.lemma;
  // A common noun only: "the United States said it", "the Philippines said it" name one country.
  const isPlural = isPluralNoun(speaker);
  return !(isPlural && SINGULAR_PRONOUNS.has(pronoun.lemma));
}

const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);

/**
 * The last coded mention ending within three tokens before `verb`: a loop, not `findLast` with a closure, whose captured
 * `verb` made the caller's loop allocate a context at every token.
 */
function codedJustBefore(resolved: readonly ActorMention[], verb: number): ActorMention | undefined {
  for (let at = resolved.length - 1; at >= 0; at--) {
    const mention = resolved[at];
    if (mention && mention.last < verb && mention.last >= verb - 3 && mention.code !== undefined) return mention;
  }
  return undefined;
}
