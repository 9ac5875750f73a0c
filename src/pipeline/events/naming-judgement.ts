import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { nounPhraseEnd, NOUN_PHRASE_REACH } from './noun-phrase-end.ts';
import type { TriggerMatch } from './find-trigger.ts';
import type { CompiledPattern } from './event-pattern.ts';

/** Verbs that name what someone is ("described the junta as illegitimate", "branded Kyiv a terrorist state"). */
export const NAMING: ReadonlySet<string> = new Set(['call', 'describe', 'brand', 'label', 'dub', 'term', 'characterize', 'characterise']);

/** Words that make a name a condemnation. */
const CONDEMNING = new Set([
  'illegitimate', 'illegal', 'unlawful', 'criminal', 'terrorist', 'terrorism', 'threat', 'provocation', 'provocative', 'aggression',
  'aggressor', 'occupation', 'occupier', 'occupying', 'violation', 'irresponsible', 'dangerous', 'hostile', 'enemy', 'puppet', 'dictator',
  'dictatorship', 'rogue', 'racist', 'fascist', 'nazi', 'genocidal', 'genocide', 'lie', 'liar', 'propaganda', 'absurd', 'baseless',
  'outrageous', 'sham', 'farce', 'unacceptable', 'interference', 'meddling', 'hypocritical', 'shameful', 'disgrace', 'disgraceful',
  'destabilising', 'destabilizing', 'barbaric', 'murderer', 'murderous', 'thug', 'gangster', 'bandit', 'traitor', 'illegitimacy',
  'fraudulent', 'fraud', 'invalid', 'null', 'aggressive', 'colonial', 'colonialist', 'imperialist', 'invader', 'invasion', 'crime',
  'massacre', 'atrocity', 'blackmail', 'piracy', 'pirate', 'false', 'usurper', 'junta', 'regime', 'coup',
  'antisemitic', 'unjustified', 'unwarranted', 'unfounded', 'scandalous', 'cynical', 'appalling', 'reckless', 'biased',
  'breach', 'bullying', 'persecution', 'intimidation', 'escalation', 'inhumane', 'inhuman', 'unconstitutional', 'undemocratic',
  'conspiracy', 'vendetta', 'abrogation', 'grotesque', 'cruel', 'brutal', 'unjust', 'arbitrary', 'unfair',
]);
/** Condemning names of two words, whose first word alone condemns nothing ("a witch hunt"). */
const CONDEMNING_PAIRS = new Set(['witch hunt']);

const CLAUSE_BREAKS = new Set([';', ':', '.', ',', '(', ')']);
const AS_GAP = 8;
const NAME_GAP = 6;

/** A naming row of the verb alone ("call", "describe"): the thing it names may be any act, so it needs a condemning name and a doer found. */
export function isBareNaming(pattern: CompiledPattern): boolean {
  return pattern.namesAct === true && pattern.words.length === 1 && pattern.beforeWords.length === 0;
}

/** The naming rows (111) fit only when a condemning name follows their object: "described X as a partner" is no disapproval. */
export function isUnjudgedNaming(tokens: readonly Token[], groups: readonly ActorGroup[], match: TriggerMatch): boolean {
  if (match.pattern.code !== '111' || !NAMING.has(tokens[match.trigger]?.lemma ?? '')) return false;
  // "described the junta as…": an unnamed object is no group here, but the slot is filled later from the groups with no country.
  // A bare naming row ("called the move reckless") reads the name past the thing named. "a pact Oslo called a
  // provocation": a name right after the verb judges an act named before it, which `judgedInSpeech` codes.
  const isBare = isBareNaming(match.pattern);
  if (isBare && tokens[match.trigger + 1]?.lemma === 'a') return true;
  const objectEnd = groupAfter(tokens, groups, match.lastWord, 2)?.last ?? (isBare ? thingNamedEnd(tokens, groups, match.trigger + 1) : match.lastWord);
  return !hasCondemningName(tokens, objectEnd, tokens[match.trigger]?.lemma === 'describe' || tokens[match.trigger]?.lemma.startsWith('characteri') === true);
}

/**
 * "called the prosecution of its leader a witch hunt", "called it a provocation": the last token of the thing named
 * right after a bare naming verb (a pronoun, or a noun phrase with its "of" phrase), so that the name is read after it.
 */
function thingNamedEnd(tokens: readonly Token[], groups: readonly ActorGroup[], from: number): number {
  if (THING_PRONOUNS.has(tokens[from]?.lemma ?? '')) return from;
  const end = lastNoun(tokens, from, nounPhraseEnd(tokens, from, from + NOUN_PHRASE_REACH));
  if (end < from || tokens[end + 1]?.lemma !== 'of') return end;
  const owner = groupAfter(tokens, groups, end + 1, 3, true);
  return owner ? owner.last : Math.max(end, lastNoun(tokens, end + 2, nounPhraseEnd(tokens, end + 2, end + 2 + NOUN_PHRASE_REACH)));
}

/**
 * "the new duties unjustified", "the incident a grave provocation": the phrase ends at its last noun before a new
 * determiner, the name given after it being no modifier of it.
 */
function lastNoun(tokens: readonly Token[], from: number, phraseEnd: number): number {
  let end = phraseEnd;
  for (let at = from + 1; at <= phraseEnd; at++) {
    if (tokens[at]?.pos === 'DET' && tokens[at - 1]?.pos !== 'DET') {
      end = at - 1;
      break;
    }
  }
  let at = end;
  while (at >= from && tokens[at]?.pos !== 'NOUN') at--;
  return at < from ? end : at;
}

const THING_PRONOUNS = new Set(['it', 'them', 'this', 'that', 'these', 'those']);

/** "… as illegitimate and out of control", "… a terrorist state": a condemning word soon after the object (after "as" when it must come). */
function hasCondemningName(tokens: readonly Token[], objectEnd: number, needsAs: boolean): boolean {
  let from = objectEnd + 1;
  if (needsAs || tokens[from]?.lemma !== 'a') {
    const as = findAs(tokens, from);
    if (as === undefined && needsAs) return false;
    from = as === undefined ? from : as + 1;
  }
  return hasCondemningWord(tokens, from);
}

/** A condemning word within a few words from `from`, in the same clause ("a clear and serious breach", "a sham"). */
export function hasCondemningWord(tokens: readonly Token[], from: number): boolean {
  for (let index = from; index < from + NAME_GAP; index++) {
    const token = tokens[index];
    if (!token || CLAUSE_BREAKS.has(token.text)) return false;
    if (CONDEMNING.has(token.lemma) || CONDEMNING.has(token.text.toLowerCase()) || CONDEMNING_PAIRS.has(pairAt(tokens, index))) return true;
  }
  return false;
}

/** The word at `index` and the next, over a hyphen ("witch-hunt" is three tokens). */
function pairAt(tokens: readonly Token[], index: number): string {
  const next = tokens[index + 1]?.text === '-' ? index + 2 : index + 1;
  return `${tokens[index]?.lemma ?? ''} ${tokens[next]?.lemma ?? ''}`;
}

/** "Kosovo's declaration of independence on Sunday as": the "as" closing the object's phrase. */
function findAs(tokens: readonly Token[], from: number): number | undefined {
  for (let index = from; index < from + AS_GAP; index++) {
    const token = tokens[index];
    if (!token || CLAUSE_BREAKS.has(token.text) || token.pos === 'VERB') return undefined;
    if (token.lemma === 'as') return index;
  }
  return undefined;
}
