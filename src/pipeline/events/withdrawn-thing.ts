import type { Token } from '../../model/token.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { FORCES } from './body-exit.ts';
import { FIGHTERS } from './force-means.ts';
import { singular } from '../quantities/counted-phrase.ts';

// Things withdrawn that are no forces: guns drawn, offers, bills, money, products, entries.
const THINGS_WITHDRAWN = new Set(['gun', 'pistol', 'revolver', 'knife', 'weapon', 'offer', 'bid', 'proposal', 'proposals', 'bill', 'plan', 'money', 'asset', 'fund', 'deposit', 'contract', 'product', 'drug', 'application', 'claim', 'complaint', 'candidacy', 'nomination', 'name', 'remark', 'comment', 'statement', 'advert', 'poster', 'video', 'film', 'licence', 'license', 'lawsuit', 'case', 'charge']);
// Contests and shows a player or a band pulls out of.
const CONTESTS = new Set(['olympics', 'games', 'tournament', 'championship', 'championships', 'race', 'match', 'open', 'cup', 'final', 'concert', 'show', 'festival', 'meet', 'event', 'contest', 'squad', 'team', 'tour', 'bout', 'league']);
// A boxer's fight, which is a war's when a force or armed men pull out of it (see isForceWithdrawing); a bout is only a boxer's.
const FIGHTS = new Set(['fight']);
// Ailments a player pulls out with, or after: read past any preposition, as no force retreats "after a groin strain".
const AILMENTS = new Set(['injury', 'injured', 'infection', 'illness', 'strain']);
// Prepositions inside the phrase of the thing withdrawn ("$1bn in assets", "out of the games", "with a sore knee"); any
// other ends it, so "withdrew from the town after a fight" or "under the plan" reads no thing withdrawn.
const PHRASE_PREPOSITIONS = new Set(['of', 'in', 'from', 'out', 'with']);
const PHRASE_REACH = 7;
// The nouns too: "her exit from the race", "his withdrawal from the tournament".
const WITHDRAWING = new Set(['withdraw', 'pull', 'withdrawal', 'pullout', 'pull-out', 'exit']);

/**
 * "withdrew its $2bn offer", "pulled out of next month's indoor games", "pulled out with a sore hamstring": a thing
 * or an entry withdrawn, not a force retreating.
 */
export function isWithdrawnThingOrEntry(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  const lemma = tokens[match.trigger]?.lemma ?? '';
  if (!WITHDRAWING.has(lemma)) return false;
  const isContest = phraseHas(tokens, match.lastWord, CONTESTS, true) || (phraseHas(tokens, match.lastWord, FIGHTS, true) && !isForceWithdrawing(tokens, match, sentenceStart));
  return phraseHas(tokens, match.lastWord, THINGS_WITHDRAWN, true) || isContest || phraseHas(tokens, match.lastWord, AILMENTS, false);
}

const FORCE_REACH = 8;
// Who withdraws from a war's fight rather than a boxing bout: a state's forces, armed men, an army or a militia.
const ARMED_WITHDRAWERS: ReadonlySet<string> = new Set([...FORCES, ...FIGHTERS, 'army', 'militia']);

/**
 * "Ukrainian troops pulled out of the fight for the town", "rebels pulled out of the fight for Goma", "pulled its soldiers
 * out of the battle": forces or armed men named in the clause before the verb or as its object withdraw from a war, not
 * from a bout.
 */
function isForceWithdrawing(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  for (let at = match.trigger - 1; at >= Math.max(sentenceStart, match.trigger - FORCE_REACH); at--) {
    const token = tokens[at];
    if (!token || token.text === ',' || token.pos === 'VERB') break;
    if (isArmedWord(token)) return true;
  }
  for (let at = match.trigger + 1; at <= match.trigger + 3; at++) if (isArmedWord(tokens[at])) return true;
  return false;
}

// A capitalised plural opening the sentence keeps its "s" as its lemma ("Rebels pulled out…").
function isArmedWord(token: Token | undefined): boolean {
  const lemma = token?.lemma.toLowerCase() ?? '';
  return ARMED_WITHDRAWERS.has(lemma) || ARMED_WITHDRAWERS.has(singular(lemma));
}

/** Whether a word of the short phrase after `from` (the object, or the from/out-of phrase) is one of `words`. */
function phraseHas(tokens: readonly Token[], from: number, words: ReadonlySet<string>, isPhraseOnly: boolean): boolean {
  for (let at = from + 1; at <= from + PHRASE_REACH; at++) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || (token.pos === 'VERB' && !/^\p{Lu}/u.test(token.text))) return false;
    if (isPhraseOnly && (token.pos === 'ADP' || token.pos === 'SCONJ') && !PHRASE_PREPOSITIONS.has(token.lemma)) return false;
    if (words.has(token.lemma)) return true;
  }
  return false;
}
