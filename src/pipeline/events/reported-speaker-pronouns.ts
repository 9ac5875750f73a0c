import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence, Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { ASIDE_RELATIVES } from './actor-groups.ts';
import { isBareCountry } from './agent-roles.ts';
import { hasSentenceWords, sentenceWords } from './sentence-words.ts';
import { isPluralNoun } from './plural-noun.ts';

/** Verbs of saying whose subject a pronoun opening the reported clause stands for. */
export const REPORTING = new Set(['say', 'tell', 'claim', 'announce', 'insist', 'add', 'state', 'warn', 'stress', 'confirm', 'declare', 'vow', 'pledge', 'promise', 'threaten', 'indicate', 'signal']);
const COORDINATORS = new Set(['and', 'but']);
// "declared in a broadcast early on Sunday that they…": how far back from the pronoun its reporting verb may be, with no
// verb or punctuation between.
const SPEAKER_REACH = 10;
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
    while (verb > index - SPEAKER_REACH && verb > sentence.firstToken && !(REPORTING.has(doc.tokens[verb]?.lemma ?? '') && doc.tokens[verb]?.pos === 'VERB')) {
      const between = doc.tokens[verb];
      if (between?.pos === 'VERB' || between?.pos === 'PUNCT') break;
      verb--;
    }
    if (!REPORTING.has(doc.tokens[verb]?.lemma ?? '') || doc.tokens[verb]?.pos !== 'VERB') continue;
    // "Chile accused Peru …, but said it was ready to…": a coordinated reporting verb's speaker opens the sentence.
    const opener = COORDINATORS.has(doc.tokens[verb - 1]?.lemma ?? '') ? resolved.find((mention) => mention.first === sentence.firstToken && mention.code !== undefined) : undefined;
    // A person's "he" or "she" past an aside is left to lone-person-pronoun.ts, which reads it as the sentence's person.
    const aside = token.lemma === 'he' || token.lemma === 'she' ? undefined : asideOpeningBefore(doc.tokens, verb, sentence.firstToken);
    // "The carmaker, which builds engines in Hungary, said it…": past an aside the speaker is whoever comes before it, never a
    // name inside it, even when the one before it is no actor.
    const speaker = aside === undefined ? codedJustBefore(resolved, verb) ?? opener : resolved.find((mention) => mention.last === aside - 1 && mention.code !== undefined);
    // "Kenya and Uganda said they would leave the bloc": "they" stands for every speaker of the list, one member each.
    const listed = token.lemma === 'they' && speaker ? listEndingAt(doc.tokens, resolved, speaker) : [];
    if (listed.length >= 2) {
      for (const member of listed) mentions.push(actorMention({ ...member, first: index, last: index, isSpeakerPronoun: true }));
      continue;
    }
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

/** How many words back a relative aside ending right before the reporting verb may open. */
const ASIDE_REACH = 20;

/**
 * "Hamas, which controls Gaza, said it…", "The Houthis, who hold the north, said they…": the comma opening a relative aside
 * set off by commas right before the reporting verb, whose speaker is the actor before the aside, not a name inside it.
 */
function asideOpeningBefore(tokens: readonly Token[], verb: number, sentenceStart: number): number | undefined {
  if (tokens[verb - 1]?.text !== ',') return undefined;
  for (let open = verb - 3; open > sentenceStart && open >= verb - ASIDE_REACH; open--) {
    if (tokens[open]?.text !== ',') continue;
    return ASIDE_RELATIVES.has(tokens[open + 1]?.lemma ?? '') ? open : undefined;
  }
  return undefined;
}

/** What joins the items of a list of speakers ("Peru, Chile and Bolivia"). */
const LIST_JOINS: ReadonlySet<string> = new Set([',', 'and']);

/**
 * The coded mentions of the list that ends with `last` ("Mali, Niger and Chad"), in order; just `last` when no coded
 * mention is joined to it by commas and "and" alone, or when the list is a preposition's object.
 */
function listEndingAt(tokens: readonly Token[], resolved: readonly ActorMention[], last: ActorMention): ActorMention[] {
  const members = [last];
  let hasSerialComma = false;
  for (let at = resolved.indexOf(last) - 1; at >= 0; at--) {
    const mention = resolved[at];
    const next = members[0];
    if (!mention || !next || mention.code === undefined || mention.last >= next.first) continue;
    const links = tokens.slice(mention.last + 1, next.first);
    // "rallied outside parliament, and police said they…": a comma before "and" joins two clauses, not two speakers,
    // unless a comma alone joins the item before ("France, Germany, and Italy"), checked below.
    const isSerialComma = members.length === 1 && links.length === 2 && links[0]?.lemma === ',' && links[1]?.lemma === 'and';
    if (!((links.length === 1 && LIST_JOINS.has(links[0]?.lemma ?? '')) || isSerialComma)) break;
    hasSerialComma ||= isSerialComma;
    members.unshift(mention);
  }
  if (hasSerialComma && members.length < 3) return [last];
  // "protested outside the embassy and the ministry, officials said they…": a list after a preposition is no subject.
  return members.length >= 2 && tokens[members[0]?.first ? members[0].first - 1 : -1]?.pos === 'ADP' ? [last] : members;
}

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
