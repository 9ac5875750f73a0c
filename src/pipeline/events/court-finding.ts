import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { actorMention } from './actor-mention.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { NOT_WORDS, isDoneVerb } from './find-modality.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { STATE_SIDE_ROLES, isBareCountry, isStateCountry, roleOf } from './agent-roles.ts';
import { countryOf } from './state-country.ts';
import { thatAfter } from './clause-shape.ts';
import { sentenceWords } from './sentence-words.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';

const COURTS = new Set(['court', 'tribunal', 'judge']);
// "the Constitutional Council" of France or Senegal is a court by another name.
const COURT_WORDS = sentenceWords([...COURTS, 'council']);
const RULING_VERBS = new Set(['rule', 'find']);
/** What a finding calls an act that broke the law. */
const UNLAWFUL = new Set(['unlawful', 'unlawfully', 'illegal', 'illegally', 'unconstitutional', 'violate', 'breach']);
/** "the government's plan", "the ministry's order": a state body named with no country is the court's own state's. */
const GOVERNMENT_WORDS = new Set(['government', 'authorities', 'ministry', 'state', 'cabinet']);
const SUBJECT_REACH = 6;
const CLAUSE_REACH = 24;

/**
 * "Kenya's High Court ruled on Monday that the government's deployment was unconstitutional", "the tribunal found that
 * Ruritania had violated the treaty": a court finding a state's act unlawful finds that state liable (CAMEO 116), from the
 * court to the state side that acted. Only a state side is found so ("ruled that the firm had breached its licence" and
 * "ruled that the arrest of the activist was illegal" name no state, or only its victim, first); "had not violated" finds
 * nothing.
 */
function courtFinding(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => sentenceEventCode(event).startsWith('116'))) return [];
  for (let index = sentence.firstToken + 1; index <= sentence.lastToken; index++) {
    // Only a finding made ('ruled', 'found'): 'will rule', 'could find' or 'is expected to find' has found nothing yet.
    const courtWord = isDoneVerb(tokens, index, RULING_VERBS) ? courtBefore(tokens, index, sentence.firstToken) : undefined;
    if (courtWord === undefined) continue;
    // "ruled unanimously on Monday that…": past an adverb and a weekday.
    const that = thatAfter(tokens, tokens[index + 1]?.pos === 'ADV' ? index + 1 : index);
    const unlawful = that < 0 ? undefined : unlawfulWord(tokens, that, sentence.lastToken);
    if (unlawful === undefined) continue;
    const court = groupBefore(tokens, groups, index, sentence.firstToken);
    const country = countryOf(court?.members[0]) ?? court?.members[0]?.code?.slice(0, 3);
    const pattern = builtinPatternOf(patterns, 'convict', '116');
    if (!court || !country || !pattern) continue;
    const found = foundState(tokens, groups, that, unlawful, country);
    if (!found) continue;
    // "Chile's Constitutional Council" may be coded as the state's government: the court word makes it its judiciary.
    const named = court.members[0] as ActorMention;
    const source = roleOf(named.code) === 'JUD' || named.code?.startsWith('IGO') === true || !isStateCountry(country) ? named : actorMention({ first: courtWord, last: courtWord, code: `${country}JUD`, name: country, country });
    return [{ pattern, code: '116', rule: '116:court-finding', trigger: index, lastWord: index, source, target: found, modality: 'happened', isPassive: false }];
  }
  return [];
}

/** A court, tribunal or judge named in the few words before the verb, with no other verb between: its word. */
function courtBefore(tokens: readonly Token[], verb: number, start: number): number | undefined {
  for (let index = verb - 1; index >= Math.max(start, verb - SUBJECT_REACH); index--) {
    const token = tokens[index] as Token;
    if (token.pos === 'VERB' || token.text === ',') return undefined;
    if (COURTS.has(token.lemma) || (token.lemma === 'council' && tokens[index - 1]?.lemma === 'constitutional')) return index;
  }
  return undefined;
}

function unlawfulWord(tokens: readonly Token[], that: number, last: number): number | undefined {
  for (let index = that + 1; index <= Math.min(last, that + CLAUSE_REACH); index++) {
    const token = tokens[index] as Token;
    if (token.text === ';' || token.text === ':') return undefined;
    if (UNLAWFUL.has(token.lemma) && ![1, 2].some((back) => NOT_WORDS.has(tokens[index - back]?.lemma ?? ''))) return index;
  }
  return undefined;
}

/**
 * The first state side named between "that" and the unlawful word, or a state body named there with no country ("the
 * government's plan"); a country in a place phrase ("police sent to Haiti") is where the act was aimed, not who did it.
 */
function foundState(tokens: readonly Token[], groups: readonly ActorGroup[], that: number, unlawful: number, country: string): ActorMention | undefined {
  for (let index = that + 1; index < unlawful; index++) {
    const token = tokens[index] as Token;
    if (GOVERNMENT_WORDS.has(token.lemma) && isStateCountry(country)) return actorMention({ first: index, last: index, code: `${country}GOV`, name: country, country });
    const member = groups.find((group) => group.first === index)?.members[0];
    const isPlaced = tokens[index - 1]?.pos === 'ADP';
    if (member?.code && isStateCountry(member.code.slice(0, 3)) && (STATE_SIDE_ROLES.has(roleOf(member.code)) || (isBareCountry(member.code) && !isPlaced))) return member;
  }
  return undefined;
}

/** `courtFinding`, called only on a sentence with its anchor words. */
export const courtFindingRule: ImpliedRuleEntry = { imply: courtFinding, needsEvents: false, anchors: [COURT_WORDS] };
