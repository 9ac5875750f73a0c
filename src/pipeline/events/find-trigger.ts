import type { Token } from '../../model/token.ts';
import type { CompiledPattern, PatternIndex } from './event-pattern.ts';

/** A pattern that fired at a token: where its words ended, and the preposition that opens the target, if any. */
export interface TriggerMatch {
  readonly pattern: CompiledPattern;
  readonly trigger: number;
  readonly lastWord: number;
  /** Token indices of the pattern's words after the trigger, so scanning can resume right after the trigger. */
  readonly words: readonly number[];
  /** Token index of the preposition introducing the target, when the pattern names one. */
  readonly preposition?: number;
}

const WORD_GAP = 5;
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to']);
const AUXILIARIES = new Set(['be', 'have', 'do', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought']);
const PREPOSITION_GAP = 8;
const CLAUSE_BREAKS = new Set([';', ':', '.', '!', '?', '"', '“', '”']);

/** Tries the patterns indexed under a token's lemma; the most specific one whose words follow in order wins. */
export function findTrigger(tokens: readonly Token[], index: number, end: number, patterns: PatternIndex, isActorAt?: (index: number) => boolean): TriggerMatch | undefined {
  const token = tokens[index];
  if (!token || isHyphenated(tokens, index)) return undefined;
  const candidates = (isGerundAfterOpener(tokens, index) || isGerundAfterAspectual(tokens, index) ? byBaseForm(patterns, token.text.toLowerCase()) : undefined) ?? patterns.get(token.lemma) ?? patterns.get(token.text.toLowerCase()) ?? byBaseForm(patterns, token.text.toLowerCase());
  if (!candidates) return undefined;
  const isVerb = (token.pos === 'VERB' && !isAttributiveParticiple(tokens, index)) || (token.pos === 'AUX' && (!AUXILIARIES.has(token.lemma) || isMainVerbUse(tokens, index))) || isVerbalAdjective(tokens, index);
  const isNoun = token.pos === 'NOUN' || token.pos === 'PROPN';
  for (const pattern of candidates) {
    if (pattern.isNoun ? !isNoun : !isVerb && !(token.pos === 'NOUN' && looksVerbal(tokens, index, isActorAt))) continue;
    const match = matchRest(tokens, index, end, pattern);
    if (match && !(isActorAt && match.preposition !== undefined && match.pattern.isBuiltin && hasActorBetween(tokens, match.lastWord, match.preposition, isActorAt))) return match;
  }
  return undefined;
}

/** "staged" lemmatised as "stag": the regular past/participle or third-person form stripped to its base. */
function byBaseForm(patterns: PatternIndex, word: string): readonly CompiledPattern[] | undefined {
  if (!triggerPrefixes(patterns).has(word.slice(0, 3))) return undefined;
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
const prefixCache = new WeakMap<PatternIndex, ReadonlySet<string>>();

function triggerPrefixes(patterns: PatternIndex): ReadonlySet<string> {
  let prefixes = prefixCache.get(patterns);
  if (!prefixes) {
    prefixes = new Set([...patterns.keys(), ...IRREGULAR_PASTS.keys()].map((word) => word.slice(0, 3)));
    prefixCache.set(patterns, prefixes);
  }
  return prefixes;
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
  if (token?.pos !== 'ADJ' || !token.text.toLowerCase().endsWith('ed')) return false;
  const next = tokens[index + 1];
  // "security forces rounded up activists": a participle tagged as an adjective before its particle and object is the verb.
  if (previous?.pos === 'NOUN' && PARTICLES.has(next?.lemma ?? '') && (OBJECT_STARTS.has(tokens[index + 2]?.pos ?? '') || tokens[index + 2]?.pos === 'NOUN')) return true;
  // "militants beheaded an American journalist": no adjective stands between a noun and a determiner; a verb does.
  if ((previous?.pos === 'NOUN' || previous?.pos === 'PROPN') && (next?.pos === 'DET' || next?.pos === 'NUM')) return true;
  // "Qatar mediated talks": right after a name opening the sentence, the participle is its verb.
  if (previous?.pos === 'PROPN' && isSentenceStart(tokens[index - 2]) && next?.pos === 'NOUN') return true;
  return (previous?.pos === 'AUX' && next?.lemma === 'by') || (next?.lemma === 'that' && previous?.pos === 'NOUN');
}

function isSentenceStart(before: Token | undefined): boolean {
  return before === undefined || before.text === '.' || before.text === '!' || before.text === '?';
}

/** "the three jailed activists", "expel jailed leaders": a participle between a modifier or verb and its noun is an adjective. */
export function isAttributiveParticiple(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  // "met visiting Russian Deputy Prime Minister…": "visiting" before the actor describes it.
  if (token?.lemma === 'visit' && token.text.endsWith('ing') && (previous?.pos === 'VERB' || previous?.pos === 'DET') && (next?.pos === 'PROPN' || next?.pos === 'ADJ')) return true;
  // "freed a jailed American businessman": after a determiner, a participle before a name or adjective describes it.
  if (token?.text.toLowerCase().endsWith('ed') && previous?.pos === 'DET' && (next?.pos === 'PROPN' || next?.pos === 'ADJ')) return true;
  // "return to the negotiating table", "the ruling party": an -ing word between a determiner and a noun modifies it.
  if (token?.text.toLowerCase().endsWith('ing') && previous?.pos === 'DET' && next?.pos === 'NOUN') return true;
  if (isCompoundHead(tokens, index)) return true;
  // "responded to the shelling by…": an -ing word right after an article names the act, someone else's.
  if (token?.text.toLowerCase().endsWith('ing') && (previous?.lemma === 'the' || previous?.lemma === 'a')) return true;
  // "to allow wounded Palestinians to cross": a plural demonym is a noun here too.
  if (!token?.text.toLowerCase().endsWith('ed') || (next?.pos !== 'NOUN' && !(next?.pos === 'PROPN' && next.text.endsWith('s')))) return false;
  // "Zimbabwe's military placed President Mugabe…": a possessor's word tagged as an adjective is the subject's head noun.
  if (previous?.pos === 'ADJ' && POSSESSIVE_MARKERS.has(tokens[index - 2]?.text ?? '')) return false;
  return previous?.pos === 'DET' || previous?.pos === 'NUM' || previous?.pos === 'ADJ' || previous?.pos === 'VERB' || previous?.pos === 'ADP';
}

const POSSESSIVE_MARKERS = new Set(["'s", '’s']);
const ARTICLES = new Set(['a', 'an']);

/** "an apartment block", "a road block": a bare form after "a" and a singular noun agrees with no subject, so it heads a compound noun. */
export function isCompoundHead(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  return token !== undefined && token.text.toLowerCase() === token.lemma && previous?.pos === 'NOUN' && !previous.text.endsWith('s') && ARTICLES.has(tokens[index - 2]?.lemma ?? '');
}

/** "called Putin on Saturday" is not "call on": a built-in particle verb's preposition comes before its object. */
function hasActorBetween(tokens: readonly Token[], from: number, to: number, isActorAt: (index: number) => boolean): boolean {
  // "retook the city of Ramadi from": a name completing the pattern's noun does not split it.
  let index = from + 1;
  if (tokens[index]?.lemma === 'of') for (index++; isActorAt(index); index++);
  // "held talks in Cairo on Sunday with": where it happened does not split the phrase from its preposition.
  for (; index < to; index++) if (isActorAt(index) && tokens[index - 1]?.lemma !== 'in') return true;
  return false;
}

/** "Israeli-occupied", "US-backed": a verb glued to a word by a hyphen is an adjective, not a predicate. */
function isHyphenated(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  return token !== undefined && !token.precededBySpace && previous?.text === '-';
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
  const text = tokens[index]?.text.toLowerCase() ?? '';
  const isPast = text.endsWith('ed') || IRREGULAR_PASTS.has(text);
  // A plural noun ("Armed men abducted…"), or a singular one after its determiner ("A gunman shot dead…"), can be the subject.
  // "The US military shot down…": an actor's last word, whatever its tag, can be the subject too.
  const isSubject = isActorAt?.(index - 1) === true || previous.pos === 'PROPN' || previous.pos === 'PRON' || (previous.pos === 'NOUN' && (/(s|men|people|police)$/i.test(previous.text) || tokens[index - 2]?.pos === 'DET'));
  if (isPast && isSubject && next !== undefined && OBJECT_STARTS.has(next.pos)) return true;
  // "the Guards shot down a drone": a particle between the past form and its object.
  if (isPast && isSubject && PARTICLES.has(next?.lemma ?? '') && OBJECT_STARTS.has(tokens[index + 2]?.pos ?? '')) return true;
  // "Police units clash with protesters": a present form between a plural subject and its preposition.
  return isSubject && previous.pos === 'NOUN' && (next?.lemma === 'with' || next?.lemma === 'against');
}

const OBJECT_STARTS = new Set(['DET', 'NUM', 'PROPN', 'ADJ']);
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
  const isObjectNext = OBJECT_STARTS.has(tokens[index + 1]?.pos ?? '') || (opener === 'by' && tokens[index + 1]?.pos === 'NOUN');
  return token?.pos === 'NOUN' && token.text.endsWith('ing') && GERUND_OPENERS.has(opener) && isObjectNext;
}

function matchRest(tokens: readonly Token[], trigger: number, end: number, pattern: CompiledPattern): TriggerMatch | undefined {
  let back = trigger;
  // Index loops rather than reversed and sliced copies: this runs for every candidate pattern at every trigger word.
  for (let w = pattern.beforeWords.length - 1; w >= 0; w--) {
    const alternatives = pattern.beforeWords[w] ?? [];
    const found = findBehind(tokens, back - 1, Math.max(0, back - WORD_GAP), alternatives);
    if (found === undefined) return undefined;
    back = found;
  }
  let position = trigger;
  const words: number[] = [];
  for (let w = 1; w < pattern.words.length; w++) {
    const alternatives = pattern.words[w] ?? [];
    const found = findAhead(tokens, position + 1, Math.min(end, position + WORD_GAP), alternatives);
    if (found === undefined) return undefined;
    position = found;
    words.push(found);
  }
  if (pattern.targetPrepositions.length === 0) return { pattern, trigger, lastWord: position, words };
  const preposition = findAhead(tokens, position + 1, Math.min(end, position + PREPOSITION_GAP), pattern.targetPrepositions);
  if (preposition === undefined) return undefined;
  return { pattern, trigger, lastWord: position, words, preposition };
}

function findBehind(tokens: readonly Token[], from: number, to: number, words: readonly string[]): number | undefined {
  for (let index = from; index >= to; index--) {
    const token = tokens[index];
    if (!token || CLAUSE_BREAKS.has(token.text)) return undefined;
    if (words.includes(token.lemma) || words.includes(token.text.toLowerCase())) return index;
  }
  return undefined;
}

function findAhead(tokens: readonly Token[], from: number, to: number, words: readonly string[]): number | undefined {
  let last = to;
  for (let index = from; index <= last; index++) {
    const token = tokens[index];
    if (!token || CLAUSE_BREAKS.has(token.text)) return undefined;
    // "a six-month truce": a hyphenated compound counts as one word of the gap.
    if (token.text === '-') last += 2;
    if (words.includes(token.lemma) || words.includes(token.text.toLowerCase())) return index;
  }
  return undefined;
}
