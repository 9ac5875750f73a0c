import type { Token } from '../../model/token.ts';
import { isAttributiveParticiple, isCompoundHead } from './find-trigger.ts';
import { headNounAfter } from './object-head.ts';
import { PUBLISHED_THINGS } from './published-things.ts';
import { DENYING } from './find-modality.ts';
import { POSSESSIVES } from './actor-groups.ts';
import { WEEKDAYS, dayAfter } from './weekdays.ts';
import { predicateConjunctionBefore } from './predicate-conjunction.ts';

// The shape of the clause around a trigger: passives, participles, places, topics and what an object is.

const BE = new Set(['be', 'get', 'being', 'been']);

/**
 * "there were 12 guards killed in Chad", "a study published Monday", "an agreement forced on X by Y": a participle
 * right after a common noun, with a sign that it is not the clause's own verb ("troops clashed along the border" is).
 */
export function isReducedPassive(tokens: readonly Token[], trigger: number, sentenceStart: number): boolean {
  const word = tokens[trigger]?.text.toLowerCase() ?? '';
  // "a trawler reportedly seized by coast guards": an adverb may sit between the noun and its participle.
  const previous = tokens[trigger - 1]?.pos === 'ADV' ? tokens[trigger - 2] : tokens[trigger - 1];
  const next = tokens[trigger + 1];
  if (!/(ed|en|wn)$/.test(word) || !next) return false;
  if (next.lemma === 'by' && (previous?.pos === 'ADJ' || previous?.pos === 'PROPN' || previous?.text === ',')) return true;
  if (previous?.pos !== 'NOUN') return false;
  if (next.pos === 'PROPN' && /day$/i.test(next.text)) return true;
  if (next.pos !== 'ADP' && next.pos !== 'PUNCT') return false;
  for (let index = trigger + 1; index <= trigger + 6; index++) if (tokens[index]?.lemma === 'by') return true;
  // "executed an Afghan man convicted of trafficking": the noun is an earlier verb's object.
  for (let index = trigger - 2; index >= Math.max(sentenceStart, trigger - 5); index--) if (tokens[index]?.pos === 'VERB') return next.pos === 'ADP';
  for (let index = Math.max(sentenceStart, trigger - 6); index < trigger; index++) if (tokens[index]?.lemma === 'there') return true;
  return false;
}

/** "was attacked", "had been freed": a form of "be"/"get" (adverbs, "not" between) right before the participle. */
export function isPassiveAt(tokens: readonly Token[], trigger: number): boolean {
  const word = tokens[trigger]?.text.toLowerCase() ?? '';
  if (word.endsWith('ing')) return false;
  for (let index = trigger - 1; index >= Math.max(0, trigger - 5); index--) {
    const token = tokens[index];
    if (!token) return false;
    if (BE.has(token.lemma) && (token.pos === 'AUX' || token.pos === 'VERB')) return true;
    if (token.pos !== 'ADV' && token.lemma !== 'not' && token.lemma !== "n't" && token.lemma !== 'and') return false;
  }
  return false;
}

/** ", killing four soldiers": a participle clause adding a consequence of the main event. */
export function isParticipleClause(tokens: readonly Token[], trigger: number): boolean {
  return tokens[trigger - 1]?.text === ',' && (tokens[trigger]?.text.toLowerCase().endsWith('ing') ?? false);
}

/** A predicate between two tokens (not a participle glued to its noun by a hyphen). */
export function hasVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++) {
    // "a rebel-held town": a participle glued to its noun by a hyphen modifies.
    if (tokens[index]?.pos === 'VERB' && !(tokens[index - 1]?.text === '-' && tokens[index]?.precededBySpace === false)) return true;
  }
  return false;
}

/** What a time phrase sets in time: the act itself, a journey (its traveller's own), or a fight coded as an event of its own. */
export type TimePhraseKind = 'act' | 'journey' | 'fight';

const TIME_PREPOSITIONS = new Set(['during', 'on', 'amid']);
/** "after a visit to London", "before a trip to Kyiv": a journey before or after the main act is the traveller's own. */
const JOURNEY_LINKS = new Set([...TIME_PREPOSITIONS, 'after', 'before', 'following']);
/** "imposed a curfew after clashes", "amid fighting", "following battles" (lemma "follow"): a fight set as the time of an act. */
const FIGHT_LINKS = new Set(['after', 'follow', 'amid', 'during']);
const TIME_LINKS: Readonly<Record<TimePhraseKind, ReadonlySet<string>>> = { act: TIME_PREPOSITIONS, journey: JOURNEY_LINKS, fight: FIGHT_LINKS };

/**
 * "during a two-day visit", "on his first visit", "after three days of heavy clashes": the noun comes after a time
 * word of its kind and its modifiers.
 */
export function isInTimePhrase(tokens: readonly Token[], trigger: number, kind: TimePhraseKind = 'act'): boolean {
  const links = TIME_LINKS[kind];
  for (let index = trigger - 1; index >= trigger - 6; index--) {
    const token = tokens[index];
    if (!token) return false;
    if (links.has(token.lemma)) return true;
    // "during the Russian president's first visit": a journey's traveller may stand in the phrase as its possessor.
    const isTraveller = kind === 'journey' && (token.pos === 'PROPN' || (token.pos === 'PART' && token.text.startsWith("'")));
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NUM' && token.pos !== 'PRON' && token.text !== '-' && token.pos !== 'NOUN' && token.lemma !== 'of' && !isTraveller) return false;
  }
  return false;
}

const TOPICS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

export const DOCUMENTS: ReadonlySet<string> = new Set(['resolution', 'report', 'bill', 'law', 'statement', 'motion', 'declaration', 'text', 'draft']);

/** "a resolution on Syria", "a report about Iran": an actor right after a document noun and a topic preposition. */
export function isTopicOf(tokens: readonly Token[], first: number): boolean {
  return TOPICS.has(tokens[first - 1]?.lemma ?? '') && DOCUMENTS.has(tokens[first - 2]?.lemma ?? '');
}

/** A topic phrase ("on the unrest", "about the crisis") between the trigger and an actor named inside it ("in Iran"). */
export function isInTopic(tokens: readonly Token[], from: number, actor: number): boolean {
  const before = tokens[actor - 1]?.lemma;
  if (before !== 'in' && before !== 'of') return false;
  for (let index = from + 1; index < actor - 2; index++) {
    if (TOPICS.has(tokens[index]?.lemma ?? '') && tokens[index - 1]?.pos === 'NOUN' && tokens[index + 1]?.pos === 'DET') return true;
  }
  return false;
}

/**
 * "Thousands took to the streets on Saturday": a protest that is its clause's own verb (not "summoned X to protest")
 * with no place after it that PETRARCH would take as the target ("protested in the capital").
 */
export function isWithoutTarget(tokens: readonly Token[], trigger: number, lastWord: number, end: number): boolean {
  if (tokens[trigger - 1]?.lemma === 'to') return false;
  for (let index = lastWord + 1; index <= end; index++) {
    const token = tokens[index];
    if (!token || token.text === ',' || token.pos === 'VERB' || token.pos === 'SCONJ') return true;
    if ((LOCATIVES.has(token.lemma) || token.lemma === 'at') && isPlaceAfter(tokens, index + 1)) return false;
  }
  return true;
}

const PLACE_WORDS = new Set(['capital', 'city', 'town', 'village', 'province', 'region', 'district', 'country', 'street', 'square']);

/** "in Budapest", "in the capital", not "in a row" or "in response". */
function isPlaceAfter(tokens: readonly Token[], from: number): boolean {
  let index = from;
  while (tokens[index]?.pos === 'DET' || tokens[index]?.pos === 'ADJ') index++;
  return tokens[index]?.pos === 'PROPN' || PLACE_WORDS.has(tokens[index]?.lemma ?? '');
}

/**
 * A that-clause opened right after a verb of denying, or after its day ("denied on Wednesday that its troops…");
 * "rejected claims that" is not covered.
 */
export function isDeniedClause(tokens: readonly Token[], subjectStart: number): boolean {
  const that = tokens[subjectStart - 1]?.lemma === 'that' ? subjectStart - 1 : -1;
  if (that <= 0) return false;
  return DENYING.has(tokens[that - 1]?.lemma ?? '') || (DENYING.has(tokens[that - 3]?.lemma ?? '') && thatAfter(tokens, that - 3) === that);
}

/** A clause boundary or another verb between two tokens. */
export function hasBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++) {
    const token = tokens[index];
    // "on suspected militant hideouts", "an apartment block": a verb tag inside a noun phrase opens no clause.
    const isPredicate = token?.pos === 'VERB' && !isCompoundHead(tokens, index) && !isAttributiveParticiple(tokens, index) && !isModifyingParticiple(tokens, index);
    if (isPredicate || token?.pos === 'SCONJ' || token?.text === ',' || token?.text === ';') return true;
  }
  return false;
}

/** "on suspected militant hideouts": a participle right after a preposition or article, before the noun phrase's adjective or noun. */
function isModifyingParticiple(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.pos;
  const next = tokens[index + 1]?.pos;
  return (tokens[index]?.text.endsWith('ed') ?? false) && (previous === 'ADP' || previous === 'DET') && (next === 'ADJ' || next === 'NOUN');
}

const LOCATIVES = new Set(['in', 'near', 'outside', 'across', 'inside']);
/**
 * Words right before a place that say where something is or happens, wider than `isLocative`'s default: "marched through
 * Yerevan" (the lemmatiser gives "through" as "thru"), a crowd moving through a town is in it.
 */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'thru', 'off']);

/** Whether a phrase is the source an "according to" names ("according to the Iraqi defence ministry"). */
export function isAttributed(tokens: readonly Token[], first: number): boolean {
  let index = first - 1;
  while (tokens[index]?.pos === 'DET' || tokens[index]?.pos === 'ADJ') index--;
  return tokens[index]?.lemma === 'to' && (tokens[index - 1]?.lemma === 'accord' || tokens[index - 1]?.text.toLowerCase() === 'according');
}

/** "in southern Afghanistan", "near the border": a place introduced as where something happened. */
export function isLocative(tokens: readonly Token[], first: number, prepositions: ReadonlySet<string> = LOCATIVES): boolean {
  let index = first - 1;
  while (tokens[index]?.pos === 'DET' || tokens[index]?.pos === 'ADJ') index--;
  return prepositions.has(tokens[index]?.lemma ?? '');
}

const DEMANDING = new Set(['demand', 'insist', 'urge', 'ask', 'request', 'recommend', 'propose']);

/** A bare verb in a that-clause after a verb of demanding ("demanded that Syria withdraw its troops"): wanted, not done. */
export function isDemandedAct(tokens: readonly Token[], trigger: number, sentenceStart: number): boolean {
  const token = tokens[trigger];
  if (!token || token.text.toLowerCase() !== token.lemma) return false;
  for (let index = trigger - 1; index >= Math.max(sentenceStart + 1, trigger - 6); index--) {
    if (tokens[index]?.lemma === 'that') return DEMANDING.has(tokens[demandingVerbBefore(tokens, index)]?.lemma ?? '') || isMadeBy(tokens, index);
    if (tokens[index]?.pos === 'VERB' || tokens[index]?.pos === 'AUX') return false;
  }
  return false;
}

/** "demanded on Friday that", "urged in Geneva that", "urged again that": the verb before "that", past adverbs and a day or place. */
function demandingVerbBefore(tokens: readonly Token[], that: number): number {
  let index = that - 1;
  while (tokens[index]?.pos === 'ADV') index--;
  if (dayAfter(tokens, index - 2) === index || (tokens[index]?.pos === 'PROPN' && tokens[index - 1]?.lemma === 'in')) index -= 2;
  while (tokens[index]?.pos === 'ADV') index--;
  return index;
}

/** "a demand by Moscow that …": the that-clause belongs to a demand noun and the name of who made it. */
function isMadeBy(tokens: readonly Token[], that: number): boolean {
  for (let index = that - 1; index >= that - 5; index--) {
    if (tokens[index]?.lemma === 'by') return DEMANDING.has(tokens[index - 1]?.lemma ?? '');
    if (!['PROPN', 'NOUN', 'DET', 'ADJ'].includes(tokens[index]?.pos ?? '')) return false;
  }
  return false;
}

/** A predicate noun phrase right after the object: "called them a trap", "called it unacceptable". */
export function isNaming(tokens: readonly Token[], objectEnd: number): boolean {
  // "calling them 'delusional'": the name may stand in quotes.
  const quoted = QUOTES.has(tokens[objectEnd + 1]?.text ?? '') ? 1 : 0;
  const next = tokens[objectEnd + 1 + quoted];
  return next?.lemma === 'a' || next?.lemma === 'an' || next?.pos === 'ADJ' || (quoted === 1 && next?.pos !== 'PUNCT');
}
/** Quotation marks that may open a quoted word ("called the plan 'reckless'"). */
export const QUOTES: ReadonlySet<string> = new Set(["'", '"', '‘', '“']);

/** "released growth figures", "attacked the report": what was acted on is a thing, so no CAMEO event between actors. */
const INANIMATE_OBJECTS = new Set([...PUBLISHED_THINGS, 'list', 'profit', 'earnings', 'share', 'price', 'demand', 'target', 'need', 'deadline', 'requirement', 'expectation', 'standard', 'cost', 'goal', 'obligation', 'way']);

/** What was acted on is a thing; "struck targets" is still an attack. */
export function hasInanimateObject(tokens: readonly Token[], lastWord: number, isForce: boolean): boolean {
  const head = headNounAfter(tokens, lastWord);
  return head !== undefined && INANIMATE_OBJECTS.has(head) && !(isForce && head === 'target') && !isTitleOfName(tokens, lastWord, head);
}

const CALENDAR_WORDS = new Set([...WEEKDAYS, 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** "arrested opposition figure Jawar Mohammed": the noun titles the name after it, a person, not a thing. */
function isTitleOfName(tokens: readonly Token[], lastWord: number, head: string): boolean {
  for (let index = lastWord + 1; index <= lastWord + 5; index++) {
    if (tokens[index]?.lemma !== head) continue;
    const next = tokens[index + 1];
    return next?.pos === 'PROPN' && /^\p{Lu}/u.test(next.text) && !CALENDAR_WORDS.has(next.lemma);
  }
  return false;
}

/** Verbs that report speech: their subject is a speaker, not an actor of the event. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(['say', 'report', 'claim', 'tell', 'announce', 'allege', 'complain']);

const CAUSATIVES = new Set(['help', 'let', 'make', 'enable', 'allow']);

/**
 * "…, Peruvian state media reported": a finite verb right after the actor; "journalists covering unrest" and "a man
 * convicted of smuggling" (a participle opening a prepositional phrase) modify instead.
 */
export function isOwnPredicate(next: Token | undefined, afterNext: Token | undefined, before?: Token): boolean {
  // "help Georgia rebuild", "let Kiev decide": the bare verb after a causative's object is that object's, not a new clause.
  if (next?.pos !== 'VERB' || next.text.endsWith('ing') || CAUSATIVES.has(before?.lemma ?? '')) return false;
  return REPORTING_VERBS.has(next.lemma) || !(/(ed|en|ght)$/.test(next.text) && afterNext?.pos === 'ADP');
}

/** "Afghan policemen allegedly killed": the head noun and adverbs between a modifier actor and its participle. */
export function onlyNounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) {
    const pos = tokens[index]?.pos;
    if (pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'ADV') return false;
  }
  return true;
}

const SUBJECT_PRONOUN_LEMMAS = new Set(['he', 'she', 'it', 'they', 'we']);

/** A personal pronoun right before the trigger (auxiliaries and adverbs between) that no actor was found for. */
export function hasOwnPronounSubject(tokens: readonly Token[], trigger: number, after: number, inMention: ReadonlySet<number>): boolean {
  let index = trigger - 1;
  while (index > after && (tokens[index]?.pos === 'AUX' || tokens[index]?.pos === 'ADV' || tokens[index]?.pos === 'PART')) index--;
  // "announced their withdrawal": a possessive before a noun trigger is its owner, not a subject of its own.
  return index > after && SUBJECT_PRONOUN_LEMMAS.has(tokens[index]?.lemma ?? '') && !POSSESSIVES.has(tokens[index]?.text.toLowerCase() ?? '') && !inMention.has(index);
}

/**
 * "condemned the attack and promised aid": a verb right after "and" shares the previous verb's subject, and so does a
 * participle clause after a comma ("bombed Gori, killing five civilians").
 */
export function isCoordinated(tokens: readonly Token[], trigger: number): boolean {
  const previous = tokens[trigger - 1];
  const beforeThat = tokens[trigger - 2];
  if (previous?.text === ',' && tokens[trigger]?.text.toLowerCase().endsWith('ing')) return true;
  // ", hoping to rebuild trust": the verb after a participle clause's "to".
  if (previous?.lemma === 'to' && beforeThat?.text.toLowerCase().endsWith('ing') && tokens[trigger - 3]?.text === ',') return true;
  // "agreed to a tariff cut but turned down a trade pact", "summoned the envoy and had expelled": "but" joins two predicates as "and"
  // does, and an auxiliary or adverb may stand between the conjunction and the verb.
  return predicateConjunctionBefore(tokens, trigger) !== undefined;
}

/** "each other", "one another" at `index`; "the other" after an "each" of the subject ("Lima and Quito each blamed the other"). */
export function isEachOther(tokens: readonly Token[], index: number): boolean {
  const pair = `${tokens[index]?.lemma ?? ''} ${tokens[index + 1]?.lemma ?? ''}`;
  return pair === 'each other' || pair === 'one another' || (pair === 'the other' && [2, 3].some((back) => tokens[index - back]?.lemma === 'each'));
}

const NAMING_VERBS = new Set(['call', 'describe', 'term', 'label', 'dub', 'identify', 'say', 'claim', 'brand']);

/** "called" in "what Ankara called a militant camp": naming the object of another verb, not an event. */
export function isNamingRelative(tokens: readonly Token[], trigger: number): boolean {
  if (!NAMING_VERBS.has(tokens[trigger]?.lemma ?? '')) return false;
  for (let index = trigger - 2; index >= trigger - 5; index--) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB') return false;
    // "…, in what Seoul called a provocation" names the act before it (a judgement, see naming-judgement.ts), not an object.
    if (token.lemma === 'what') return tokens[index - 1]?.lemma !== 'in' && namingClauseEnd(tokens, index - 1) !== undefined;
  }
  return false;
}

/** "what New Delhi called", "what they described as", "what it said were": where such a free relative ends, if one follows. */
export function namingClauseEnd(tokens: readonly Token[], from: number): number | undefined {
  if (tokens[from + 1]?.lemma !== 'what') return undefined;
  for (let index = from + 2; index <= from + 6; index++) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT') return undefined;
    if (token.pos !== 'VERB' || !NAMING_VERBS.has(token.lemma)) continue;
    let end = index;
    while (tokens[end + 1]?.lemma === 'as' || tokens[end + 1]?.lemma === 'be') end++;
    return end;
  }
  return undefined;
}

/** The "that" opening a clause right after `at`, past a day ("demanded on Friday that China withdraw"); -1 if none. */
export function thatAfter(tokens: readonly Token[], at: number): number {
  const next = dayAfter(tokens, at) + 1;
  return tokens[next]?.lemma === 'that' ? next : -1;
}
