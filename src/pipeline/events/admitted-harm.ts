import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import { thatAfter } from './clause-shape.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { isLeftUndone } from './find-modality.ts';
import { meansIn } from './force-means.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { sentenceWords } from './sentence-words.ts';
import { FORCE_ROOTS } from './stance-code.ts';
import { PASSIVE_ATTACKS } from './unknown-doer.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';

const ADMITTING = new Set(['admit', 'acknowledge', 'concede']);
// A harm told in the admitted clause with no event of its own ("had been killed"); a mistake alone ("admitted mistakes in
// its energy policy") is no harm done to anyone. "attack" and "strike" count only as nouns of a military act: as verbs
// they are as often figurative ("attacked the problem too late"), and a bare "strike" is as often a walkout ("the strike
// had cost the economy billions"), so the noun needs its means ("an air strike") or a verb of carrying one out.
const HARM_VERBS = new Set([...PASSIVE_ATTACKS, 'abduct', 'kidnap', 'torture', 'sink']);
const HARM_NOUNS = new Set(['strike', 'attack', 'raid']);
const CARRYING_OUT = new Set(['carry', 'launch', 'conduct']);
const ADMITTING_WORDS = sentenceWords(ADMITTING);

/**
 * CAMEO 015 is acknowledging responsibility: a side admitting that a harm was done ("Ruritania admitted on Monday that its
 * navy had sunk the fishing boat by mistake", "the ministry acknowledged that two prisoners had been beaten to death")
 * owns it, aimed at the foreign side the harm was done to, else at no one (`---`). An admission of anything else
 * ("admitted that sales had fallen") is no such event.
 */
function admittedHarm(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => sentenceEventCode(event).startsWith('015'))) return [];
  const found = harmClause(tokens, sentence, groups, events);
  const pattern = found ? builtinPatternOf(patterns, 'admit', '015') : undefined;
  if (!found || !pattern) return [];
  const { verb, speaker, harms } = found;
  const country = speaker.code?.slice(0, 3) ?? '';
  const victim = harms.map((event) => event.target).find((target) => target?.code !== undefined && !target.code.startsWith(country) && !target.code.startsWith('-'));
  const admission = { pattern, code: '015', rule: '015:admitted-harm', trigger: verb, lastWord: verb, source: speaker, modality: 'happened', isPassive: false } as const;
  return [victim ? { ...admission, target: victim } : { ...admission, isTargetless: true }];
}

/** The first verb of admitting with a that-clause telling a harm, its speaker (a coded, placed actor) and the harms coded in it. */
function harmClause(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[]) {
  for (let index = sentence.firstToken + 1; index < sentence.lastToken; index++) {
    const token = tokens[index] as Token;
    // "refused to admit", "will acknowledge": the admission is not made, or not yet.
    if (!ADMITTING.has(token.lemma) || token.pos !== 'VERB' || isLeftUndone(tokens, index)) continue;
    const that = thatAfter(tokens, index);
    if (that < 0) continue;
    const end = clauseEnd(tokens, that, sentence.lastToken);
    const speaker = groupBefore(tokens, groups, index, sentence.firstToken)?.members[0];
    const country = speaker?.code?.slice(0, 3);
    if (!speaker || !country || country.startsWith('-')) continue;
    const coded = events.filter((event) => event.trigger > that && event.trigger <= end && FORCE_ROOTS.has(sentenceEventCode(event).slice(0, 2)));
    // "Russia admitted that Ukrainian drones had struck an airbase": a harm another side did is not the speaker's to own.
    const harms = coded.filter((event) => event.source?.code === undefined || event.source.code.startsWith(country));
    if (harms.length === 0 && (coded.length > 0 || !hasHarmWord(tokens, that, end))) continue;
    return { verb: index, speaker, harms };
  }
  return undefined;
}

/** The admitted clause runs to the first comma or semicolon after it ("…, adding that the guard had died in a brawl" is the speaker's). */
function clauseEnd(tokens: readonly Token[], that: number, last: number): number {
  for (let index = that + 1; index <= last; index++) if (tokens[index]?.text === ',' || tokens[index]?.text === ';') return index - 1;
  return last;
}

function hasHarmWord(tokens: readonly Token[], that: number, end: number): boolean {
  for (let index = that + 1; index <= end; index++) {
    const token = tokens[index] as Token;
    if (token.pos === 'VERB' && HARM_VERBS.has(token.lemma)) return true;
    if (token.pos === 'NOUN' && HARM_NOUNS.has(token.lemma) && isMilitaryAct(tokens, index)) return true;
  }
  return false;
}

/** "an air strike", "a drone attack", "carried out the raid": the noun's means, or a verb of carrying it out, just before it. */
function isMilitaryAct(tokens: readonly Token[], noun: number): boolean {
  if (meansIn(tokens, noun - 2, noun - 1) !== undefined) return true;
  return [1, 2, 3].some((back) => CARRYING_OUT.has(tokens[noun - back]?.lemma ?? ''));
}

/** `admittedHarm`, called only on a sentence with its anchor words. */
export const admittedHarmRule: ImpliedRuleEntry = { imply: admittedHarm, needsEvents: false, anchors: [ADMITTING_WORDS] };
