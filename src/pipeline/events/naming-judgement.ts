import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import type { TriggerMatch } from './find-trigger.ts';

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
  'conspiracy', 'vendetta', 'abrogation', 'grotesque', 'cruel', 'brutal', 'unjust', 'arbitrary',
]);
/** Condemning names of two words, whose first word alone condemns nothing ("a witch hunt"). */
const CONDEMNING_PAIRS = new Set(['witch hunt']);

const CLAUSE_BREAKS = new Set([';', ':', '.', ',', '(', ')']);
const AS_GAP = 8;
const NAME_GAP = 6;

/** The naming rows (111) fit only when a condemning name follows their object: "described X as a partner" is no disapproval. */
export function isUnjudgedNaming(tokens: readonly Token[], groups: readonly ActorGroup[], match: TriggerMatch): boolean {
  if (match.pattern.code !== '111' || !NAMING.has(tokens[match.trigger]?.lemma ?? '')) return false;
  // "described the junta as…": an unnamed object is no group here, but the slot is filled later from the groups with no country.
  const objectEnd = groupAfter(tokens, groups, match.lastWord, 2)?.last ?? match.lastWord;
  return !hasCondemningName(tokens, objectEnd, tokens[match.trigger]?.lemma === 'describe' || tokens[match.trigger]?.lemma.startsWith('characteri') === true);
}

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
