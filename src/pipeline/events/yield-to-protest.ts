import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { actorMention } from './actor-mention.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';

const PROTEST_WORDS = new Set(['protest', 'protester', 'demonstration', 'demonstrator', 'uprising', 'rally', 'march']);
const RULERS = new Set(['GOV', 'ELI']);
const BEFORE_ACT = new Set(['after', 'following', 'amid', 'as', 'bow', 'despite']);
const PHRASE_REACH = 5;

/**
 * "Peru's president resigned after weeks of street protests", "…, and the prime minister agreed to step down as
 * protesters rallied": a ruler leaving office in a sentence about protests yields to the protesters' demand for a change
 * of leadership (CAMEO 0831), from the ruler to the country's people; "withdrew the finance bill a day after the
 * protests" yields a policy (0834). Resigning for one's health, with no protest named, is no such yield.
 */
export function yieldToProtest(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => (event.code ?? event.pattern.code).startsWith('083'))) return [];
  if (!hasProtestWord(tokens, sentence)) return [];
  for (let index = sentence.firstToken + 1; index <= sentence.lastToken; index++) {
    const dropped = droppedPolicy(tokens, index);
    const verb = dropped ?? leavingVerb(tokens, index);
    if (verb === undefined) continue;
    const ruler = groupBefore(tokens, groups, verb, sentence.firstToken)?.members[0];
    const country = ruler?.code?.slice(0, 3);
    const pattern = builtinPatternOf(patterns, 'hand', '0831');
    if (!ruler || !country || !/^[A-Z]{3}$/.test(country) || country === 'IGO' || !(RULERS.has(ruler.code?.slice(3, 6) ?? '') || ruler.code?.length === 3) || !pattern) continue;
    const people = actorMention({ first: ruler.first, last: ruler.last, code: `${country}CVL`, name: country, country });
    const code = dropped === undefined ? '0831' : '0834';
    return [{ pattern, code, rule: `${code}:yield-to-protest`, trigger: index, lastWord: index, source: ruler, target: people, modality: 'happened', isPassive: false }];
  }
  return [];
}

/**
 * The verb whose subject leaves office, or lets the cabinet go: "resigned", "stepped down", "agreed to step down",
 * "accepted the cabinet's resignation"; "marched to demand that the president resign" and "refused to step down" have none.
 */
function leavingVerb(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index] as Token;
  if (token.lemma === 'resignation') return [2, 3, 4].map((back) => index - back).find((at) => tokens[at]?.text.toLowerCase() === 'accepted');
  const isLeaving = token.pos === 'VERB' && (token.lemma === 'resign' || (token.lemma === 'step' && tokens[index + 1]?.lemma === 'down'));
  if (!isLeaving) return undefined;
  if (token.text.toLowerCase().endsWith('ed')) return index;
  return tokens[index - 1]?.lemma === 'to' && AGREEING.has(tokens[index - 2]?.lemma ?? '') ? index : undefined;
}

const AGREEING = new Set(['agree', 'decide', 'offer']);
const UNDONE = new Set(['to', 'will', 'would', 'could', 'should', 'must', 'may', 'might', 'not']);
const DROPPING = new Set(['withdraw', 'scrap', 'drop', 'shelve', 'suspend', 'revoke', 'rescind', 'reverse', 'abandon']);
const POLICIES = new Set(['bill', 'law', 'tax', 'decree', 'plan', 'reform', 'hike', 'increase', 'rise', 'subsidy', 'ban', 'curfew']);

/** "withdrew the finance bill", "scrapped the fuel price hike": a policy dropped, named within three words. */
function droppedPolicy(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index] as Token;
  if (token.pos !== 'VERB' || !DROPPING.has(token.lemma) || token.text.toLowerCase().endsWith('ing') || UNDONE.has(tokens[index - 1]?.lemma ?? '')) return undefined;
  return [1, 2, 3, 4].some((step) => POLICIES.has(tokens[index + step]?.lemma ?? '')) ? index : undefined;
}

/** Protests the act came after or amid ("after weeks of protests", "as protesters rallied"), not ones it set off ("sparking protests"). */
function hasProtestWord(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let index = sentence.firstToken; index <= sentence.lastToken; index++) {
    if (!PROTEST_WORDS.has(tokens[index]?.lemma ?? '')) continue;
    for (let back = index - 1; back >= Math.max(sentence.firstToken, index - PHRASE_REACH); back--) if (BEFORE_ACT.has(tokens[back]?.lemma ?? '')) return true;
  }
  return false;
}
