import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { actorMention } from './actor-mention.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { CROWD_ROLES, STATE_FORCE_ROLES, STATE_SIDE_ROLES, isBareCountry, isStateCountry, roleOf } from './agent-roles.ts';
import { sentenceWords } from './sentence-words.ts';
import { countryOf } from './state-country.ts';
import { isYear } from './year-number.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';

const PROTEST_NOUNS = new Set(['protest', 'demonstration']);
// Its plural as written too: at the sentence's start the noun is told by its text, not its lemma.
const PROTEST_SENTENCE_WORDS = sentenceWords([...PROTEST_NOUNS, 'protests', 'demonstrations']);
// "weeks of protests", "a fourth day of demonstrations": the protests told by how long they have gone on.
const SPANS = new Set(['day', 'week', 'month', 'year', 'night']);
// "protests erupted", "demonstrations spread to…", "protests broke out", "protests against the levy turned violent".
const SPREADING = new Set(['erupt', 'spread', 'break', 'flare', 'sweep', 'rage', 'turn', 'escalate', 'grip']);
// Words between a span's "of" and the noun, or the noun's own modifiers: "weeks of street protests", "Shi'ite-led protests".
const MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB', 'PUNCT']);
const NOUN_REACH = 4;
const VERB_REACH = 8;
// "erupted in Tehran", "spread across Kenya": the place the protests are in.
const PLACE_LINKS = new Set(['in', 'across', 'throughout', 'around']);
// "the protests that swept the country in 1989": a year told with the protests makes them history.
// CAMEO roots from 07 (aid) on are acts, not words.
const MATERIAL_ROOT = 7;

/**
 * "The premier resigned after weeks of street protests", "troops were sent in after protests erupted over the raids":
 * protests named in passing, as lasting a span of time or as breaking out, took place, and outside coders of wire text
 * code them (141; 145 once violent) by the people against their own government. The country is the place the protests
 * are in ("erupted in Tehran"), else the nearest state named before, else the first named after their clause. Only beside a state's own move (its government, army
 * or police named) or as the sentence's opening news ("Protests erupted across Kenya"): a firm's staff or a club's fans
 * protest no government. A protest coded in the sentence, named only ("deadly protests", "a ban on protests"), aimed at
 * another state ("protests against American strikes") or told with a year (history) is none.
 */
function protestsInPassing(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => sentenceEventCode(event).startsWith('14') || isForceOnCrowd(event))) return [];
  for (let index = sentence.firstToken; index <= sentence.lastToken; index++) {
    const token = tokens[index] as Token;
    // Lower case but at the sentence's start (tagged a name there at times): "the Protest Party" is a name.
    const isFirst = index === sentence.firstToken;
    const isNoun = token.pos === 'NOUN' || (isFirst && token.pos === 'PROPN');
    if (!isNoun || !PROTEST_NOUNS.has(isFirst ? token.text.toLowerCase().replace(/s$/, '') : token.lemma) || !token.text.endsWith('s') || (!isFirst && /^\p{Lu}/u.test(token.text))) continue;
    // "days of anti-French demonstrations": protests aimed abroad are not the people's against their own government.
    if (/^anti-(?!government)/i.test(tokens[index - 1]?.text ?? '') || tokens[index - 2]?.lemma === 'anti') continue;
    const span = isAfterSpan(tokens, index);
    const spreading = span ? undefined : spreadingVerb(tokens, index, sentence.lastToken);
    if (!span && spreading === undefined) continue;
    if (index > sentence.firstToken + 2 && !hasStateSide(groups, events)) continue;
    const phraseEnd = clauseEnd(tokens, spreading ?? index, sentence.lastToken);
    if (hasYear(tokens, index, phraseEnd)) continue;
    const country = placeAfter(tokens, groups, index, phraseEnd) ?? countryBefore(tokens, groups, index) ?? countryAfter(groups, phraseEnd);
    if (country && isAimedAbroad(groups, index, phraseEnd, country)) continue;
    const isViolent = tokens[index - 1]?.lemma === 'violent' || (spreading !== undefined && tokens[spreading]?.lemma === 'turn' && tokens[spreading + 1]?.lemma === 'violent');
    const code = isViolent ? '145' : '141';
    const pattern = builtinPatternOf(patterns, code === '145' ? 'riot' : 'demonstrate', code);
    if (!country || !pattern) return [];
    const people = actorMention({ first: index, last: index, code: `${country}CVL`, name: country, country });
    const government = actorMention({ first: index, last: index, code: `${country}GOV`, name: country, country });
    return [{ pattern, code, rule: `${code}:protests-in-passing`, trigger: index, lastWord: index, source: people, target: government, modality: 'happened', isPassive: false }];
  }
  return [];
}

/**
 * "Troops shot 90 marchers dead on the worst night of the unrest": a state's forces acting on a crowd tell the protest as the
 * scene of the repression, which outside coders code alone (a crowd named as protesting gets its protest from
 * repressed-protest.ts).
 */
function isForceOnCrowd(event: SentenceEvent): boolean {
  const code = sentenceEventCode(event);
  const source = roleOf(event.source?.code);
  const target = roleOf(event.target?.code);
  return (code.startsWith('17') || code.startsWith('19')) && STATE_FORCE_ROLES.has(source) && CROWD_ROLES.has(target);
}

/** "weeks of protests", "a year of street protests", "the fifth night of demonstrations". */
function isAfterSpan(tokens: readonly Token[], index: number): boolean {
  let at = index - 1;
  while (at > index - NOUN_REACH && MODIFIERS.has(tokens[at]?.pos ?? '') && tokens[at]?.lemma !== 'of' && tokens[at]?.text !== ',') at--;
  return tokens[at]?.lemma === 'of' && SPANS.has(tokens[at - 1]?.lemma ?? '');
}

/** "protests erupted", "protests against the levy soon turned violent": the noun as the subject of a verb of spreading. */
function spreadingVerb(tokens: readonly Token[], index: number, last: number): number | undefined {
  for (let at = index + 1; at <= Math.min(last, index + VERB_REACH); at++) {
    const token = tokens[at] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') return SPREADING.has(token.lemma) && !token.text.endsWith('ing') ? at : undefined;
    if (token.text === ',' || token.pos === 'SCONJ' || token.pos === 'CCONJ') return undefined;
  }
  return undefined;
}

/** The country of the nearest state or place named before the protests: "Kazakh President…", "in Los Angeles". */
function countryBefore(tokens: readonly Token[], groups: readonly ActorGroup[], index: number): string | undefined {
  for (let at = groups.length - 1; at >= 0; at--) {
    const group = groups[at] as ActorGroup;
    if (group.last >= index || isRefuge(tokens, group.first)) continue;
    const country = countryOf(group.members[0]);
    if (country) return country;
  }
  return undefined;
}

// "fled to Dubai", "escaped by boat to Malaysia": where a leader ran to, not where the protests drove them from.
const FLIGHT_VERBS = new Set(['flee', 'fled', 'escape', 'defect']);
const FLIGHT_REACH = 5;

/** The place a flight ends in: "resigned and fled by boat to Oman after weeks of protests", "fled to the Gulf". */
function isRefuge(tokens: readonly Token[], first: number): boolean {
  let to = first - 1;
  while (tokens[to]?.pos === 'DET') to--;
  if (tokens[to]?.lemma !== 'to') return false;
  for (let at = to - 1; at >= Math.max(0, to - 1 - FLIGHT_REACH); at--) {
    const token = tokens[at] as Token;
    if (token.pos === 'VERB') return FLIGHT_VERBS.has(token.lemma.toLowerCase());
  }
  return false;
}

/** "After a month of protests, Chile's premier…": with no state named before, the first named after the protests' clause. */
function countryAfter(groups: readonly ActorGroup[], end: number): string | undefined {
  return countryOf(groups.find((group) => group.first > end)?.members[0]);
}

/** The last word of the protests' clause: the next comma, or the verb of spreading's reach. */
function clauseEnd(tokens: readonly Token[], from: number, last: number): number {
  for (let at = from + 1; at <= Math.min(last, from + VERB_REACH); at++) if (tokens[at]?.text === ',') return at - 1;
  return Math.min(last, from + VERB_REACH);
}

/** "Protests erupted across Kenya", "after weeks of protests in Sofia": the place the protests are in, named after them. */
function placeAfter(tokens: readonly Token[], groups: readonly ActorGroup[], index: number, end: number): string | undefined {
  for (const group of groups) {
    if (group.first <= index || group.first > end) continue;
    const link = tokens.slice(Math.max(index, group.first - 3), group.first).some((token) => PLACE_LINKS.has(token.lemma));
    const country = countryOf(group.members[0]);
    if (link && country) return country;
  }
  return undefined;
}

/** "weeks of protests against American air strikes", "outside the French embassy": another state named in the clause. */
function isAimedAbroad(groups: readonly ActorGroup[], index: number, end: number, country: string): boolean {
  return groups.some((group) => group.first > index && group.first <= end && group.members.some((member) => countryOf(member) !== undefined && countryOf(member) !== country));
}

function hasYear(tokens: readonly Token[], index: number, end: number): boolean {
  for (let at = index - 2; at <= end; at++) if (isYear(tokens[at]?.text ?? '')) return true;
  return false;
}

/**
 * "Kazakh President…", "Thailand's army chief…", "police…": a state's own side named in the sentence, or a state's
 * material act ("Ecuador imposed a curfew…", "Oman sent troops…"); a state's words (an apology, a statement) are not enough.
 */
function hasStateSide(groups: readonly ActorGroup[], events: readonly SentenceEvent[]): boolean {
  if (groups.some((group) => group.members.some((member) => STATE_SIDE_ROLES.has(roleOf(member.code))))) return true;
  return events.some((event) => {
    const source = event.source?.code ?? '';
    return Number(sentenceEventCode(event).slice(0, 2)) >= MATERIAL_ROOT && isStateCountry(source.slice(0, 3)) && (isBareCountry(source) || STATE_SIDE_ROLES.has(roleOf(source)));
  });
}

/** `protestsInPassing`, called only on a sentence with its anchor words. */
export const protestsInPassingRule: ImpliedRuleEntry = { imply: protestsInPassing, needsEvents: false, anchors: [PROTEST_SENTENCE_WORDS] };
