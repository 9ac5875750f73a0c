import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import { CLAIM_NOUNS } from './claim-content.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { DENYING, NEGATION } from './find-modality.ts';
import { COPULAS } from './judged-in-speech.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { sentenceWords } from './sentence-words.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';

// Verbs whose subject states a finding in its own words: "said", "concluded that", "determined that", "found that".
const STATING = new Set(['say', 'conclude', 'determine', 'find']);
const STATING_WORDS = sentenceWords(STATING);
const COMMIT = 'commit';
// "said the claims that its troops committed war crimes were lies", "said it was investigating possible war crimes by…":
// a speaker disputing another's charge, or inquiring into a possible atrocity, accuses no one yet.
const UNASSERTED = new Set([...CLAIM_NOUNS, 'lie', 'false', 'baseless', 'fabricate', 'investigate', 'probe', 'examine', 'possible', 'potential', 'suspected']);

/**
 * "The UN rights chief said Freedonia's army had committed war crimes", "said there were signs of genocide by the
 * militia", "said the army's campaign was ethnic cleansing": a speaker naming another side's acts as an atrocity
 * accuses it (war crimes and genocide 1124, ethnic cleansing as a mass abuse 1122), though no "accuse" is written.
 * The accused is the doer of "committed", the agent after "by", or the possessor of the act judged; a denied or
 * negated finding ("found no evidence of genocide") accuses no one.
 */
function atrocityChargedInSpeech(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => sentenceEventCode(event).startsWith('11'))) return [];
  for (let index = sentence.firstToken + 1; index < sentence.lastToken; index++) {
    if (!STATING.has(tokens[index]?.lemma ?? '') || tokens[index]?.pos !== 'VERB') continue;
    const speaker = groupBefore(tokens, groups, index, sentence.firstToken)?.members[0];
    const charge = speaker?.code ? chargeAfter(tokens, groups, index, sentence.lastToken) : undefined;
    if (!speaker?.code || !charge?.accused.code || charge.accused.code === speaker.code) continue;
    const pattern = builtinPatternOf(patterns, 'accuse', charge.code);
    if (!pattern) return [];
    return [{ pattern, rule: `${charge.code}:atrocity-charged-in-speech`, trigger: index, lastWord: charge.last, source: speaker, target: charge.accused, modality: 'happened', isPassive: false }];
  }
  return [];
}

interface Charge {
  readonly code: string;
  readonly last: number;
  readonly accused: ActorGroup['members'][number];
}

/** The atrocity named in the speaker's words after `verb`, with whom they charge it to; none past a negation, a disputed or unproven charge or a clause break. */
function chargeAfter(tokens: readonly Token[], groups: readonly ActorGroup[], verb: number, sentenceEnd: number): Charge | undefined {
  for (let index = verb + 1; index <= sentenceEnd; index++) {
    const token = tokens[index] as Token;
    if (token.text === ';' || NEGATION.has(token.lemma) || DENYING.has(token.lemma) || UNASSERTED.has(token.lemma)) return undefined;
    const atrocity = atrocityAt(tokens, index);
    if (!atrocity) continue;
    const accused = tokens[atrocity.last + 1]?.lemma === 'by' ? groupAfter(tokens, groups, atrocity.last + 1, 3, true) : doerBefore(tokens, groups, verb, index);
    return accused?.members[0] ? { ...atrocity, accused: accused.members[0] } : undefined;
  }
  return undefined;
}

/** "genocide", "war crimes", "crimes against humanity" (1124); "ethnic cleansing" (1122). */
function atrocityAt(tokens: readonly Token[], index: number): { readonly code: string; readonly last: number } | undefined {
  const lemma = tokens[index]?.lemma;
  const next = tokens[index + 1]?.lemma;
  if (lemma === 'genocide') return { code: '1124', last: index };
  if (lemma === 'war' && next === 'crime') return { code: '1124', last: index + 1 };
  if (lemma === 'crime' && next === 'against' && tokens[index + 2]?.lemma === 'humanity') return { code: '1124', last: index + 2 };
  if (lemma === 'ethnic' && tokens[index + 1]?.text.toLowerCase() === 'cleansing') return { code: '1122', last: index + 1 };
  return undefined;
}

/**
 * The first actor of the speaker's words, when it is the doer: the subject of "committed" before the atrocity, or the
 * possessor of the act judged ("the army's campaign … was"); a place or victim after a preposition is neither.
 */
function doerBefore(tokens: readonly Token[], groups: readonly ActorGroup[], verb: number, atrocity: number): ActorGroup | undefined {
  for (let index = verb + 1; index < atrocity; index++) {
    if (tokens[index]?.lemma !== COMMIT) continue;
    const doer = groupBefore(tokens, groups, index, verb + 1);
    return doer && doer.first > verb ? doer : undefined;
  }
  const first = groups.find((group) => group.first > verb && group.last < atrocity);
  if (!first || tokens[first.first - 1]?.pos === 'ADP') return undefined;
  // "the army's campaign", or "Freedonia's military campaign" read as one name of the army; the act must be judged the
  // atrocity ("… was ethnic cleansing"), not merely be one ("Ruritania's genocide must not be forgotten").
  if (!tokens.slice(first.first + 1, first.last + 2).some((token) => POSSESSIVE_MARKS.has(token.text))) return undefined;
  for (let index = first.last + 2; index < atrocity; index++) if (COPULAS.has(tokens[index]?.lemma ?? '')) return first;
  return undefined;
}

/** `atrocityChargedInSpeech`, called only on a sentence with its anchor words. */
export const atrocityChargedInSpeechRule: ImpliedRuleEntry = { imply: atrocityChargedInSpeech, needsEvents: false, anchors: [STATING_WORDS] };
