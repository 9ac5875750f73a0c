import type { Token } from '../../model/token.ts';
import { WordCache, WORDS } from '../../model/word-ids.ts';
import { tokenForms } from '../token-forms.ts';
import type { CompiledPattern, PatternIndex, PatternSlot } from './event-pattern.ts';
import { findAhead, findBehind, lowerAt, lowerForms } from './find-pattern-word.ts';
import { isGluedAfterHyphen } from './hyphen-glue.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { POSSESSIVES } from './actor-groups.ts';
import { hasActorBetween } from './actor-between.ts';
import { isYear } from './year-number.ts';
import { MODAL_VERBS } from './modal-verbs.ts';
import { nounPhraseEnd, NOUN_PHRASE_REACH } from './noun-phrase-end.ts';
import { isNounTaggedAdjective } from './noun-tagged-adjective.ts';
import { isTitledName } from './titled-name.ts';
import { isPredicateAdjective } from './predicate-adjective.ts';

/** A pattern that fired at a token: where its words ended, and the preposition that opens the target, if any. */
export interface TriggerMatch {
  readonly pattern: CompiledPattern;
  readonly trigger: number;
  readonly lastWord: number;
  /** Token indices of the pattern's words after the trigger, so scanning can resume right after the trigger. */
  readonly words: readonly number[];
  /** Token index of the preposition introducing the target, when the pattern names one. */
  readonly preposition?: number | undefined;
  /** Token index of the pattern's first word before the trigger, when it has such words. */
  readonly firstWord?: number | undefined;
  /** A TABARI pattern's actor slots, placed: after (or before) the token `anchor`, passing over `skip` actors. */
  readonly slots?: readonly { readonly role: 'source' | 'target'; readonly side: 'before' | 'after'; readonly anchor: number; readonly skip: number }[] | undefined;
}

const WORD_GAP = 5;
const MODALS = new Set([...MODAL_VERBS, 'to']);
const AUXILIARIES = new Set(['be', 'have', 'do', ...MODAL_VERBS, 'ought']);
const PREPOSITION_GAP = 8;
// PETRARCH matches a pattern's words anywhere in the verb phrase: further than the built-in patterns look.
const EXACT_WORD_GAP = 8;

/** Tries the patterns indexed under a token's lemma; the most specific one whose words follow in order wins. */
export function findTrigger(tokens: readonly Token[], index: number, end: number, patterns: PatternIndex, isActorAt?: (index: number) => boolean, isRejected?: (match: TriggerMatch) => boolean): TriggerMatch | undefined {
  const token = tokens[index];
  // "Israeli-occupied", "US-backed": a verb glued to a word by a hyphen is an adjective, not a predicate.
  if (!token || isGluedAfterHyphen(tokens, index)) return undefined;
  const word = triggerWordAt(tokens, index, patterns);
  if (!word.may) return undefined;
  const lower = lowerAt(tokens, index);
  // A TABARI dictionary may list a form as a verb of its own ("LEFT [032:033]" beside "LEAVE [012]"): the form wins.
  const asWritten = word.asWritten;
  const candidates = (isGerundAfterOpener(tokens, index) || isGerundAfterAspectual(tokens, index) ? word.baseForm : undefined) ?? (asWritten?.[0]?.isExact ? asWritten : undefined) ?? word.byLemma ?? asWritten ?? word.baseForm;
  if (!candidates) return undefined;
  const found = firstMatch(tokens, index, end, candidates, isActorAt, isRejected);
  // "arrested" listed only in a longer verb ("+ARRESTED_AND") that does not fit: the lemma's own patterns may.
  const lemmaCandidates = candidates === asWritten && token.lemma !== lower ? word.byLemma : undefined;
  return found ?? (lemmaCandidates ? firstMatch(tokens, index, end, lemmaCandidates, isActorAt, isRejected) : undefined);
}

/** What the pattern index holds for a word (its lower-cased text) with a lemma: every look-up `findTrigger` makes. */
interface TriggerWord {
  /** Whether any pattern could fire at the word (see `mayTrigger`); the look-ups below are made only then. */
  readonly may: boolean;
  readonly asWritten: readonly CompiledPattern[] | undefined;
  readonly byLemma: readonly CompiledPattern[] | undefined;
  readonly baseForm: readonly CompiledPattern[] | undefined;
}

const triggerWordCaches = new WeakMap<PatternIndex, WordCache<TriggerWord>>();

// The document and pattern index asked about last: their word ids and per-id entries (the lower-cased forms are `lowerForms`).
let wordsOf: readonly Token[] | undefined;
let wordsPatterns: PatternIndex | undefined;
let wordsGeneration = -1;
let wordIds: Int32Array = new Int32Array(0);
let wordsUsual: Uint8Array = new Uint8Array(0);
let wordEntries: (TriggerWord | undefined)[] = [];

/**
 * The trigger look-ups of a token, made once per word id rather than at every token: kept for a word with its usual
 * lemma (`tokenForms(…).isUsualLemma`), made afresh for the rare token whose lemma differs.
 */
function triggerWordAt(tokens: readonly Token[], index: number, patterns: PatternIndex): TriggerWord {
  if (tokens !== wordsOf || patterns !== wordsPatterns || wordsGeneration !== WORDS.generation) {
    const forms = tokenForms(tokens);
    let cache = triggerWordCaches.get(patterns);
    if (!cache) triggerWordCaches.set(patterns, (cache = new WordCache<TriggerWord>()));
    wordIds = forms.id;
    wordsUsual = forms.isUsualLemma;
    wordEntries = cache.entries();
    wordsOf = tokens;
    wordsPatterns = patterns;
    wordsGeneration = forms.generation;
  }
  if (wordsUsual[index] === 0) return triggerWord(patterns, lowerForms(tokens)[index] as string, (tokens[index] as Token).lemma);
  const id = wordIds[index] as number;
  let word = wordEntries[id];
  if (word === undefined) wordEntries[id] = word = triggerWord(patterns, lowerForms(tokens)[index] as string, (tokens[index] as Token).lemma);
  return word;
}

const NO_TRIGGER: TriggerWord = { may: false, asWritten: undefined, byLemma: undefined, baseForm: undefined };

function triggerWord(patterns: PatternIndex, lower: string, lemma: string): TriggerWord {
  const prefixes = triggerPrefixes(patterns);
  const may = hasTriggerPrefix(prefixes, lower) || hasTriggerPrefix(prefixes, lemma);
  if (!may) return NO_TRIGGER;
  const asWritten = patterns.get(lower);
  const byLemma = patterns.get(lemma);
  const baseForm = byBaseForm(patterns, lower);
  // A word whose look-ups all find nothing can start no pattern: seven in ten of those the prefixes let through.
  if (isNone(asWritten) && isNone(byLemma) && isNone(baseForm)) return NO_TRIGGER;
  return { may, asWritten, byLemma, baseForm };
}

function isNone(patterns: readonly CompiledPattern[] | undefined): boolean {
  return patterns === undefined || patterns.length === 0;
}

/**
 * Whether any pattern could fire at a token: every look-up `findTrigger` makes is by the word, its lemma or a base form
 * sharing the word's first three letters, so a word and lemma whose prefixes start no trigger (seven tokens in ten) need
 * none; the look-ups, made once per word, then rule out most of the rest.
 */
export function mayTrigger(tokens: readonly Token[], index: number, patterns: PatternIndex): boolean {
  return tokens[index] !== undefined && triggerWordAt(tokens, index, patterns).may;
}

/** The first token from `from` on at which a pattern could fire, or `last + 1`. */
export function nextPossibleTrigger(tokens: readonly Token[], from: number, last: number, patterns: PatternIndex): number {
  let index = from;
  while (index <= last && !mayTrigger(tokens, index, patterns)) index++;
  return index;
}

function firstMatch(tokens: readonly Token[], index: number, end: number, candidates: readonly CompiledPattern[], isActorAt?: (index: number) => boolean, isRejected?: (match: TriggerMatch) => boolean): TriggerMatch | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  // "Fornost and Gondor welcome a resumption": a word tagged as an adjective between an actor and a determiner is its verb.
  const isBetweenActorAndObject = token.pos === 'ADJ' && isActorAt?.(index - 1) === true && tokens[index + 1]?.pos === 'DET';
  const isVerb = (token.pos === 'VERB' && !isAttributiveParticiple(tokens, index)) || (token.pos === 'AUX' && (!AUXILIARIES.has(token.lemma) || isMainVerbUse(tokens, index))) || isVerbalAdjective(tokens, index) || isBetweenActorAndObject;
  const isNoun = token.pos === 'NOUN' || token.pos === 'PROPN' || isNounTaggedAdjective(tokens, index);
  for (const pattern of candidates) {
    if (pattern.isAdjective ? !isPredicateAdjective(tokens, index) : pattern.isNoun ? !isNoun : !isVerb && !(token.pos === 'NOUN' && looksVerbal(tokens, index, isActorAt))) continue;
    const match = matchRest(tokens, index, end, pattern);
    if (match && !(isActorAt && match.preposition !== undefined && match.pattern.isBuiltin && hasActorBetween(tokens, match.lastWord, match.preposition, isActorAt)) && !isRejected?.(match)) return match;
  }
  return undefined;
}

/** "staged" lemmatised as "stag": the regular past/participle or third-person form stripped to its base. */
function byBaseForm(patterns: PatternIndex, word: string): readonly CompiledPattern[] | undefined {
  if (!hasTriggerPrefix(triggerPrefixes(patterns), word)) return undefined;
  const irregular = IRREGULAR_PASTS.get(word);
  if (irregular) return patterns.get(irregular);
  if (word.endsWith('ied')) return patterns.get(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) return patterns.get(word.slice(0, -1)) ?? patterns.get(word.slice(0, -2)) ?? patterns.get(undoubled(word.slice(0, -2)));
  if (word.endsWith('es')) return patterns.get(word.slice(0, -1)) ?? patterns.get(word.slice(0, -2));
  if (word.endsWith('ing')) return patterns.get(word.slice(0, -3)) ?? patterns.get(`${word.slice(0, -3)}e`) ?? patterns.get(undoubled(word.slice(0, -3)));
  return word.endsWith('s') ? patterns.get(word.slice(0, -1)) : undefined;
}

/** "expell" (from "expelling"), "shipp": a stem whose final consonant doubled before the ending. */
function undoubled(stem: string): string {
  return stem.length > 3 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
}

// The first three letters of every trigger word (and irregular past), per index: most tokens need no de-inflection at all.
const prefixCache = new WeakMap<PatternIndex, TriggerPrefixes>();

/** Three-letter prefixes as a set, and those of three letters a–z also as flags by their base-26 number. */
interface TriggerPrefixes {
  readonly all: ReadonlySet<string>;
  readonly lettered: Uint8Array;
}

let lastIndex: PatternIndex | undefined;
let lastPrefixes: TriggerPrefixes | undefined;

function triggerPrefixes(patterns: PatternIndex): TriggerPrefixes {
  if (patterns === lastIndex && lastPrefixes) return lastPrefixes;
  let prefixes = prefixCache.get(patterns);
  if (!prefixes) {
    const all = new Set([...patterns.keys(), ...IRREGULAR_PASTS.keys()].map((word) => word.slice(0, 3)));
    const lettered = new Uint8Array(26 * 26 * 26);
    for (const prefix of all) {
      const at = letteredIndex(prefix);
      if (at >= 0) lettered[at] = 1;
    }
    prefixes = { all, lettered };
    prefixCache.set(patterns, prefixes);
  }
  lastIndex = patterns;
  lastPrefixes = prefixes;
  return prefixes;
}

/** `prefixes.has(word.slice(0, 3))` without copying the prefix for the common case of a word starting with three letters. */
function hasTriggerPrefix(prefixes: TriggerPrefixes, word: string): boolean {
  const at = letteredIndex(word);
  return at >= 0 ? prefixes.lettered[at] === 1 : prefixes.all.has(word.slice(0, 3));
}

/** The base-26 number of a word's first three letters when all are a–z, else -1. */
function letteredIndex(word: string): number {
  if (word.length < 3) return -1;
  let at = 0;
  for (let i = 0; i < 3; i++) {
    const code = word.charCodeAt(i) - 97;
    if (code < 0 || code > 25) return -1;
    at = at * 26 + code;
  }
  return at;
}

/** Past forms wink leaves unlemmatised when it tags them as nouns ("troops shot dead"). */
const IRREGULAR_PASTS = new Map(
  'shot:shoot struck:strike fought:fight met:meet held:hold took:take sent:send sought:seek brought:bring began:begin beat:beat beaten:beat led:lead spoke:speak told:tell gave:give given:give fled:flee threw:throw thrown:throw stole:steal stolen:steal froze:freeze frozen:freeze broke:break broken:break withdrew:withdraw withdrawn:withdraw overran:overrun shook:shake retook:retake blew:blow'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** "was pressured by", "the capital alleged that": a participle tagged as an adjective that still predicates. */
function isVerbalAdjective(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  // "would release nearly 200 detainees": right after a modal or "to" the word is a verb whatever its tag.
  if (token?.pos === 'ADJ' && (previous?.pos === 'AUX' || previous?.lemma === 'to') && MODALS.has(previous.lemma)) return true;
  if (token?.pos === 'ADJ' && isVerbalForm(tokens, index)) return true;
  if (token?.pos !== 'ADJ' || !lowerAt(tokens, index).endsWith('ed')) return false;
  const next = tokens[index + 1];
  // "security forces rounded up activists": a participle tagged as an adjective before its particle and object is the verb.
  if (previous?.pos === 'NOUN' && PARTICLES.has(next?.lemma ?? '') && (OBJECT_STARTS.has(tokens[index + 2]?.pos ?? '') || tokens[index + 2]?.pos === 'NOUN')) return true;
  // "militants beheaded an American journalist": no adjective stands between a noun and a determiner; a verb does.
  if ((previous?.pos === 'NOUN' || previous?.pos === 'PROPN') && (next?.pos === 'DET' || next?.pos === 'NUM')) return true;
  // "Qatar mediated talks": right after a name opening the sentence, the participle is its verb.
  if (previous?.pos === 'PROPN' && isSentenceStart(tokens[index - 2]) && next?.pos === 'NOUN') return true;
  return (previous?.pos === 'AUX' && next?.lemma === 'by') || (next?.lemma === 'that' && previous?.pos === 'NOUN');
}

/**
 * A participle or gerund the tagger took for an adjective where its frame makes it a verb: after a perfect "have"
 * ("Egypt had mediated a truce"), after a verb of beginning ("started sharing intelligence", "began airlifting tents")
 * or after a subordinator with its object next ("after signing a pact").
 */
function isVerbalForm(tokens: readonly Token[], index: number): boolean {
  const lower = lowerAt(tokens, index);
  const previous = tokens[index - 1];
  if (lower.endsWith('ed') && previous?.lemma === 'have' && previous.pos === 'AUX') return true;
  if (!lower.endsWith('ing')) return false;
  return isGerundAfterAspectual(tokens, index) || (GERUND_OPENERS.has(previous?.lemma ?? '') && OBJECT_STARTS.has(tokens[index + 1]?.pos ?? ''));
}

function isSentenceStart(before: Token | undefined): boolean {
  return before === undefined || before.text === '.' || before.text === '!' || before.text === '?';
}

/** "the three jailed activists", "expel jailed leaders": a participle between a modifier or verb and its noun is an adjective. */
export function isAttributiveParticiple(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  // The shared lower-cased form, not a fresh copy per test: this runs at every verb the trigger and clause tests meet.
  const lower = token === undefined ? undefined : lowerAt(tokens, index);
  // "met visiting Russian Deputy Prime Minister…": "visiting" before the actor describes it.
  if (token?.lemma === 'visit' && token.text.endsWith('ing') && (previous?.pos === 'VERB' || previous?.pos === 'DET') && (next?.pos === 'PROPN' || next?.pos === 'ADJ')) return true;
  // "freed a jailed American businessman", "fled to occupied Kherson": after a determiner or a preposition, a participle
  // before a name or adjective describes it.
  // ("to succeed Abbas" is an infinitive: its verb is in its base form.)
  const isAfterPreposition = previous?.pos === 'ADP' || (previous?.lemma === 'to' && token?.lemma !== lower);
  if (lower?.endsWith('ed') && (previous?.pos === 'DET' || isAfterPreposition) && (next?.pos === 'PROPN' || next?.pos === 'ADJ')) return true;
  // "return to the negotiating table", "the ruling party": an -ing word between a determiner and a noun modifies it.
  if (lower?.endsWith('ing') && previous?.pos === 'DET' && next?.pos === 'NOUN') return true;
  if (isCompoundHead(tokens, index)) return true;
  // "responded to the shelling by…": an -ing word right after an article names the act, someone else's.
  if (lower?.endsWith('ing') && (previous?.lemma === 'the' || previous?.lemma === 'a')) return true;
  // "to allow wounded Palestinians to cross": a plural demonym is a noun here too.
  if (!lower?.endsWith('ed') || (next?.pos !== 'NOUN' && !(next?.pos === 'PROPN' && next.text.endsWith('s')))) return false;
  // "Zimbabwe's military placed President Mugabe…": a possessor's word tagged as an adjective is the subject's head noun.
  if (previous?.pos === 'ADJ' && POSSESSIVE_MARKS.has(tokens[index - 2]?.text ?? '')) return false;
  // "The UN chief condemned Hamas": a role noun the tagger took for an adjective, after a name, heads the subject too.
  if (previous?.pos === 'ADJ' && ROLE_NOUNS_TAGGED_ADJ.has(previous.lemma) && tokens[index - 2]?.pos === 'PROPN') return false;
  // "their jailed founder", "Chile's internationally recognised border", "the newly elected parliament", "four partly
  // occupied regions": after a possessor, article or count (and an adverb of its own), a participle before a noun
  // describes it; no subject stands before it.
  const possessor = previous?.pos === 'ADV' ? tokens[index - 2] : previous;
  if (POSSESSIVES.has(possessor?.text.toLowerCase() ?? '') || (previous?.pos === 'ADV' && (POSSESSIVE_MARKS.has(possessor?.text ?? '') || possessor?.pos === 'DET' || isCount(possessor)))) return true;
  return previous?.pos === 'DET' || previous?.pos === 'NUM' || previous?.pos === 'ADJ' || previous?.pos === 'VERB' || previous?.pos === 'ADP';
}

/** "four", "1,500": a number counting the noun ahead; a year ("in 2014 illegally annexed…") dates a clause instead. */
function isCount(token: Token | undefined): boolean {
  return token?.pos === 'NUM' && !isYear(token.text);
}

const ROLE_NOUNS_TAGGED_ADJ = new Set(['chief', 'head']);
const ARTICLES = new Set(['a', 'an']);

/** "an apartment block", "a road block": a bare form after "a" and a singular noun agrees with no subject, so it heads a compound noun. */
export function isCompoundHead(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  return token !== undefined && lowerAt(tokens, index) === token.lemma && previous?.pos === 'NOUN' && !previous.text.endsWith('s') && ARTICLES.has(tokens[index - 2]?.lemma ?? '');
}

/** "had a meeting", "did the talking": have/do as main verbs, not auxiliaries ("had met"). */
function isMainVerbUse(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token?.lemma === 'have' && EVIDENCE.has(next?.lemma ?? '')) return true;
  return (token?.lemma === 'have' || token?.lemma === 'do') && next !== undefined && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV' && next.pos !== 'PART';
}

/** "has proof that…": wink tags the noun as a verb after "has". */
const EVIDENCE = new Set(['evidence', 'proof']);

/** wink sometimes tags a verb after "to"/a modal/a name as a noun ("to shell", "Russia shells"): accept those. */
function looksVerbal(tokens: readonly Token[], index: number, isActorAt?: (index: number) => boolean): boolean {
  const previous = tokens[index - 1];
  if (previous === undefined) return false;
  if (previous.lemma === 'to' || previous.pos === 'AUX' || previous.pos === 'PART') return true;
  if (isGerundAfterAspectual(tokens, index)) return true;
  // ", offering more naval support": a participle clause, whatever the tagger made of it.
  if (previous.text === ',' && tokens[index]?.text.endsWith('ing') === true) return true;
  if (isGerundAfterOpener(tokens, index)) return true;
  // "The Taliban abducted 20 passengers", "troops shot dead two gunmen": a past form between its subject and its object.
  const next = tokens[index + 1];
  const text = lowerAt(tokens, index);
  const isPast = text.endsWith('ed') || IRREGULAR_PASTS.has(text);
  // "killed ten villagers and abducted 40 women": a past form right after "and", with its object next, is a second verb
  // when a noun or a name ends the first verb's object ("the missing and abducted 300 girls" is two adjectives).
  const isAfterObject = FIRST_OBJECT_ENDS.has(tokens[index - 2]?.pos ?? '');
  if (isPast && previous.lemma === 'and' && isAfterObject && next !== undefined && (OBJECT_STARTS.has(next.pos) || QUANTITY_NOUNS.has(next.lemma))) return true;
  // A plural noun ("Armed men abducted…"), or a singular one after its determiner ("A gunman shot dead…"), can be the subject.
  // "The US military shot down…": an actor's last word, whatever its tag, can be the subject too.
  // "Hanoi and Manila each blamed the other…", "both sides accused…": a quantifier floated after the subject leaves it one.
  const isSubject = isActorAt?.(index - 1) === true || previous.pos === 'PROPN' || previous.pos === 'PRON' || (previous.pos === 'NOUN' && (/(s|men|people|police)$/i.test(previous.text) || tokens[index - 2]?.pos === 'DET')) || isFloatedQuantifier(tokens, index - 1, isActorAt);
  // "fighters abducted dozens of villagers": a quantity noun opens the object as a number does.
  if (isPast && isSubject && next !== undefined && (OBJECT_STARTS.has(next.pos) || QUANTITY_NOUNS.has(next.lemma))) return true;
  // "the Guards shot down a drone", "jets shot down dozens of drones", "shot down his plane": a particle between the past
  // form and its object, opened as a direct object is (a quantity noun) or by a possessive.
  const particleObject = tokens[index + 2];
  const isObjectStart = OBJECT_STARTS.has(particleObject?.pos ?? '') || QUANTITY_NOUNS.has(particleObject?.lemma ?? '') || POSSESSIVES.has(particleObject?.text.toLowerCase() ?? '');
  if (isPast && isSubject && PARTICLES.has(next?.lemma ?? '') && isObjectStart) return true;
  // "an off-duty officer shot dead a teenager", "the soldier … overnight shot dead four villagers": a past form with "dead" after it
  // and an object after that is the verb even when wink tags "shot" a noun and "dead" an adverb; a determiner, or an adjective
  // after one, makes it the noun of sport ("his low shot dead straight was saved by the keeper").
  const isNounPhraseEnd = previous.pos === 'DET' || (previous.pos === 'ADJ' && ['DET', 'PRON', 'PART'].includes(tokens[index - 2]?.pos ?? ''));
  if (isPast && next?.lemma === 'dead' && !isNounPhraseEnd && isObjectStart) return true;
  // "Israeli troops shot at fishermen": a past form aimed at its object through "at" or "on".
  const aimed = tokens[index + 2]?.pos ?? '';
  if (isPast && isSubject && (next?.lemma === 'at' || next?.lemma === 'on') && (OBJECT_STARTS.has(aimed) || aimed === 'NOUN')) return true;
  // "Police units clash with protesters": a present form between a plural subject and its preposition.
  return isSubject && previous.pos === 'NOUN' && (next?.lemma === 'with' || next?.lemma === 'against');
}

const OBJECT_STARTS = new Set(['DET', 'NUM', 'PROPN', 'ADJ']);
const FLOATED_QUANTIFIERS = new Set(['each', 'both', 'all']);

// "…, but each blamed the other": "each" alone is a subject when "the other" answers it.
function isFloatedQuantifier(tokens: readonly Token[], index: number, isActorAt?: (index: number) => boolean): boolean {
  if (!FLOATED_QUANTIFIERS.has(tokens[index]?.lemma ?? '')) return false;
  return isActorAt?.(index - 1) === true || tokens[index - 1]?.pos === 'PROPN' || (tokens[index]?.lemma === 'each' && tokens[index + 2]?.lemma === 'the' && tokens[index + 3]?.lemma === 'other');
}

const FIRST_OBJECT_ENDS = new Set(['NOUN', 'PROPN', 'NUM']);
const QUANTITY_NOUNS = new Set(['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'score', 'scores']);
const PARTICLES = new Set(['down', 'up', 'off', 'out']);
const ASPECTUALS = new Set(['begin', 'start', 'continue', 'resume', 'keep']);

/** "began bombing Islamic State positions": a gerund after a verb of beginning or going on is that verb's act. */
function isGerundAfterAspectual(tokens: readonly Token[], index: number): boolean {
  return ASPECTUALS.has(tokens[index - 1]?.lemma ?? '') && tokens[index - 1]?.pos === 'VERB' && tokens[index]?.text.endsWith('ing') === true;
}
const GERUND_OPENERS = new Set(['after', 'before', 'while', 'since', 'upon', 'when', 'by']);

/** "hours after meeting Peru's president": a gerund after a subordinator, tagged as a noun ("meeting"), with its object next. */
function isGerundAfterOpener(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const opener = tokens[index - 1]?.lemma ?? '';
  // "responded by bombing targets": after "by" a bare noun object follows the gerund too ("after bombing raids" is a noun).
  const isObjectNext = OBJECT_STARTS.has(tokens[index + 1]?.pos ?? '') || isTitledName(tokens, index + 1) || (opener === 'by' && tokens[index + 1]?.pos === 'NOUN');
  // ", meeting President Moon at the border": a participle clause after a comma opens the same way.
  return token?.pos === 'NOUN' && token.text.endsWith('ing') && (GERUND_OPENERS.has(opener) || opener === ',') && isObjectNext;
}

function matchRest(tokens: readonly Token[], trigger: number, end: number, pattern: CompiledPattern): TriggerMatch | undefined {
  const gap = pattern.isExact ? EXACT_WORD_GAP : WORD_GAP;
  const isExact = pattern.isExact === true;
  const before: number[] = [];
  let back = trigger;
  // Index loops rather than reversed and sliced copies: this runs for every candidate pattern at every trigger word.
  for (let w = pattern.beforeWords.length - 1; w >= 0; w--) {
    const alternatives = pattern.beforeWords[w] ?? [];
    const found = findBehind(tokens, back - 1, pattern.beforeAdjacent?.[w] ? back - 1 : Math.max(0, back - gap), alternatives, isExact);
    if (found === undefined) return undefined;
    back = found;
    before[w] = found;
  }
  let position = trigger;
  const words: number[] = [];
  for (let w = 1; w < pattern.words.length; w++) {
    const alternatives = pattern.words[w] ?? [];
    // A word after an actor slot lies past that actor's whole name.
    const reach = hasSlotAfter(pattern, w - 1) ? gap + 6 : gap;
    const isAdjacent = pattern.wordAdjacent?.[w] === true;
    const within = findAhead(tokens, position + 1, isAdjacent ? position + 1 : Math.min(end, position + reach), alternatives, isExact, true);
    // TABARI rows already reach further (EXACT_WORD_GAP); a built-in row's word may head a long noun phrase.
    const found = within ?? (isExact || isAdjacent ? undefined : wordPastNounPhrase(tokens, position, end, alternatives));
    if (found === undefined) return undefined;
    position = found;
    words.push(found);
  }
  let preposition: number | undefined;
  if (pattern.targetPrepositions.length > 0) {
    preposition = findAhead(tokens, position + 1, Math.min(end, position + PREPOSITION_GAP), pattern.targetPrepositions, isExact);
    if (preposition === undefined || (pattern.isBuiltin === true && pattern.code.startsWith('15') && isInfinitiveMark(tokens, preposition))) return undefined;
  }
  // Every key present, in one order: one hidden class for all matches (keys added when set gave up to eight, and the
  // optimised events code was thrown away at each new one).
  const slots = pattern.slots && pattern.slots.length > 0 ? placeSlots(pattern.slots, trigger, words, before) : undefined;
  return { pattern, trigger, lastWord: position, words, preposition, slots, firstWord: before.length > 0 ? back : undefined };
}

/** A built-in pattern's next word at the head of the noun phrase after `position`, past the word gap (`nounPhraseEnd`). */
function wordPastNounPhrase(tokens: readonly Token[], position: number, end: number, alternatives: readonly string[]): number | undefined {
  const last = nounPhraseEnd(tokens, position + 1, Math.min(end, position + NOUN_PHRASE_REACH));
  if (last <= position + WORD_GAP) return undefined;
  const found = findAhead(tokens, position + WORD_GAP + 1, last, alternatives, false);
  return found !== undefined && tokens[found]?.pos === 'NOUN' ? found : undefined;
}

/** "ordered troops to withdraw", "moved tanks to shell the town": "to" before a verb marks an order or a purpose, not where forces go. */
function isInfinitiveMark(tokens: readonly Token[], preposition: number): boolean {
  return tokens[preposition]?.lemma === 'to' && tokens[preposition + 1]?.pos === 'VERB';
}

function hasSlotAfter(pattern: CompiledPattern, word: number): boolean {
  for (const slot of pattern.slots ?? []) if (slot.side === 'after' && slot.word === word) return true;
  return false;
}

/** The slots' anchors: the trigger or the pattern word (after it, or before it) each slot is placed by. */
function placeSlots(slots: readonly PatternSlot[], trigger: number, words: readonly number[], before: readonly number[]): TriggerMatch['slots'] {
  return slots.map((slot) => ({ role: slot.role, side: slot.side, anchor: (slot.side === 'after' ? (slot.word === 0 ? trigger : words[slot.word - 1]) : before[slot.word]) ?? trigger, skip: slot.skip }));
}
