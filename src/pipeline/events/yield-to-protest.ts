import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup, RELATIVE_PRONOUNS } from './actor-groups.ts';
import { actorMention } from './actor-mention.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { isBareCountry, roleOf } from './agent-roles.ts';
import { countryOf } from './state-country.ts';
import { sentenceWords } from './sentence-words.ts';
import { isGluedAfterHyphen, isGluingHyphen } from './hyphen-glue.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { NOT_WORDS } from './find-modality.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';

// Lower-case nouns only: "the March poll" and "the Paris-Dakar Rally" name no protest.
const PROTEST_WORDS = new Set(['protest', 'protester', 'demonstration', 'demonstrator', 'uprising', 'rally', 'march']);
const YIELD_PROTEST_WORDS = sentenceWords(PROTEST_WORDS);
const RULERS = new Set(['GOV', 'ELI']);
// Words that set the protests before or around the act ("after weeks of protests", "amid protests", "as protesters
// massed", "bowing to protests"); "despite protests" is the opposite of yielding, and "sparking protests" comes after.
const BOWING = new Set(['bow', 'bowing']);
const BEFORE_ACT = new Set(['after', 'following', 'amid', 'as', 'during', ...BOWING]);
// "bowing to almost three weeks of mass demonstrations": seven words, none a verb or a comma.
const PHRASE_REACH = 8;
// Words that may stand between a comma and the marker of a time phrase: ", a day after the protests", ", shortly after".
const TIME_LEAD = new Set(['a', 'an', 'one', 'two', 'three', 'few', 'shortly', 'just', 'soon', 'hours', 'hour', 'day', 'days', 'week', 'weeks', 'month', 'months']);
const TIME_LEAD_REACH = 3;

/**
 * CAMEO 083 is acceding to demands for reform: a ruler leaving office because of protests yields to the protesters'
 * demand for new leadership (0831), one dropping a policy yields to their demand for a change of policy (0832), from
 * the ruler to the country's people. The protests must be named in the act's own clause, before or around it:
 * "Freedonia's premier resigned on Tuesday after a month of street protests", "After days of protests, the Ruritanian
 * cabinet shelved the fuel tax". Resigning for one's health, "has not resigned despite protests" and a resignation
 * recalled in a relative clause are no such yield.
 */
function yieldToProtest(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => sentenceEventCode(event).startsWith('083'))) return [];
  if (!hasProtestWord(tokens, sentence)) return [];
  for (let index = sentence.firstToken + 1; index <= sentence.lastToken; index++) {
    const policy = droppedPolicy(tokens, index);
    const verb = policy === undefined ? leavingVerb(tokens, index) : index;
    if (verb === undefined || isNegatedOrRelative(tokens, verb)) continue;
    const ruler = groupBefore(tokens, groups, verb, sentence.firstToken)?.members[0];
    const country = countryOf(ruler);
    const pattern = builtinPatternOf(patterns, 'hand', '0831');
    if (!ruler || !country || !(RULERS.has(roleOf(ruler.code)) || isBareCountry(ruler.code)) || !pattern) continue;
    if (!hasProtestsAfter(tokens, policy ?? index, sentence.lastToken) && !hasOpeningProtests(tokens, sentence.firstToken, ruler.first)) continue;
    const people = actorMention({ first: ruler.first, last: ruler.last, code: `${country}CVL`, name: country, country });
    const code = policy === undefined ? '0831' : '0832';
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
  if (token.lemma === 'resignation') return [2, 3, 4].map((back) => index - back).find((at) => RESIGNATION_VERBS.has(tokens[at]?.lemma ?? '') && tokens[at]?.text.toLowerCase().endsWith('ed'));
  const isLeaving = token.pos === 'VERB' && (token.lemma === 'resign' || (token.lemma === 'step' && (tokens[index + 1]?.lemma === 'down' || tokens[index + 1]?.lemma === 'aside')));
  if (!isLeaving) return undefined;
  if (token.text.toLowerCase().endsWith('ed')) return index;
  // "said he was stepping down": the progressive tells the leaving as under way, not planned.
  if (token.text.toLowerCase().endsWith('ing') && tokens[index - 1]?.lemma === 'be') return index;
  return tokens[index - 1]?.lemma === 'to' && AGREEING.has(tokens[index - 2]?.lemma ?? '') && tokens[index - 2]?.text.toLowerCase().endsWith('ed') ? index : undefined;
}

const AGREEING = new Set(['agree', 'decide', 'offer']);
// The ruler who accepts the cabinet's resignation lets it go; one who announces or tenders a resignation leaves.
const RESIGNATION_VERBS = new Set(['accept', 'announce', 'tender', 'submit']);
const UNDONE = new Set(['to', 'will', 'would', 'could', 'should', 'must', 'may', 'might']);
const DROPPING = new Set(['withdraw', 'scrap', 'drop', 'shelve', 'suspend', 'revoke', 'rescind', 'reverse', 'abandon', 'repeal']);
const POLICIES = new Set(['bill', 'law', 'tax', 'decree', 'plan', 'reform', 'hike', 'increase', 'rise', 'subsidy', 'ban', 'curfew']);
const POLICY_REACH = 4;

/** "withdrew the finance bill", "scrapped the planned fuel price hike": the policy dropped, at most four words on. */
function droppedPolicy(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index] as Token;
  if (token.pos !== 'VERB' || !DROPPING.has(token.lemma) || token.text.toLowerCase().endsWith('ing') || UNDONE.has(tokens[index - 1]?.lemma ?? '')) return undefined;
  for (let at = index + 1; at <= index + POLICY_REACH; at++) if (POLICIES.has(tokens[at]?.lemma ?? '')) return at;
  return undefined;
}

/** "has not resigned", "who resigned in 2019": no yield told as happening now. */
function isNegatedOrRelative(tokens: readonly Token[], verb: number): boolean {
  return [1, 2].some((back) => NOT_WORDS.has(tokens[verb - back]?.lemma ?? '') || RELATIVE_PRONOUNS.has(tokens[verb - back]?.lemma ?? ''));
}

/** "resigned on Tuesday after a month of protests", "quit, bowing to protests": the protests in the act's own clause. */
function hasProtestsAfter(tokens: readonly Token[], from: number, last: number): boolean {
  let isInTimeClause = false;
  for (let index = from + 1; index <= last; index++) {
    const token = tokens[index] as Token;
    if (isMarker(token)) {
      if (isProtestPhrase(tokens, index, last)) return true;
      isInTimeClause = true;
    }
    // A comma or another verb ends the act's clause; "…, bowing to protests", "…, a day after the protests" and "resigned
    // and fled" go on with it, and so does a verb of the time clause ("resigned after police shot nine people during
    // protests").
    if (token.pos === 'PUNCT' && !opensTimePhrase(tokens, index)) return false;
    if (token.pos === 'VERB' && tokens[index - 1]?.lemma !== 'and' && !isInTimeClause) return false;
  }
  return false;
}

/** ", bowing to…", ", after weeks of…", ", a day after…", ", shortly after…": a comma the act's time phrase follows. */
function opensTimePhrase(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  for (let at = comma + 1; at <= comma + TIME_LEAD_REACH; at++) {
    const token = tokens[at];
    if (!token) return false;
    if (isMarker(token)) return true;
    if (!TIME_LEAD.has(token.text.toLowerCase())) return false;
  }
  return false;
}

/** "After weeks of protests, the cabinet resigned": an opening phrase, not a clause ("As crowds marched in Lima, …"). */
function hasOpeningProtests(tokens: readonly Token[], first: number, rulerFirst: number): boolean {
  if (!isMarker(tokens[first] as Token) || !isProtestPhrase(tokens, first, rulerFirst - 1)) return false;
  for (let index = first + 1; index < rulerFirst; index++) {
    if (tokens[index]?.text === ',') return true;
    if (tokens[index]?.pos === 'VERB') return false;
  }
  return false;
}

/** A protest noun within a few words of `marker`, with no verb or comma between. */
function isProtestPhrase(tokens: readonly Token[], marker: number, last: number): boolean {
  let reach = marker + PHRASE_REACH;
  for (let index = marker + 1; index <= Math.min(last, reach); index++) {
    const token = tokens[index] as Token;
    if (isProtestNoun(token)) return true;
    // "months of youth-led marches": a hyphen and the participle glued after it modify the noun that follows, so they end
    // no phrase, and the compound counts as one word of the reach.
    if (isGluingHyphen(tokens, index) || isGluedAfterHyphen(tokens, index)) {
      reach++;
      continue;
    }
    if (token.pos === 'PUNCT' || (token.pos === 'VERB' && !BOWING.has(token.lemma))) return false;
  }
  return false;
}

/** "following" is tagged a verb at times, its lemma then "follow". */
function isMarker(token: Token): boolean {
  return BEFORE_ACT.has(token.lemma) || BEFORE_ACT.has(token.text.toLowerCase());
}

function isProtestNoun(token: Token): boolean {
  return PROTEST_WORDS.has(token.lemma) && token.pos === 'NOUN' && !/^\p{Lu}/u.test(token.text);
}

function hasProtestWord(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let index = sentence.firstToken; index <= sentence.lastToken; index++) if (isProtestNoun(tokens[index] as Token)) return true;
  return false;
}

/** `yieldToProtest`, called only on a sentence with its anchor words. */
export const yieldToProtestRule: ImpliedRuleEntry = { imply: yieldToProtest, needsEvents: false, anchors: [YIELD_PROTEST_WORDS] };
