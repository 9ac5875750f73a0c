import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { ACT_NOUNS } from './condemned-act.ts';
import type { PatternIndex } from './event-pattern.ts';
import { lastDeedByOther } from './last-deed-by-other.ts';
import { hasCondemningWord } from './naming-judgement.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { headEndBefore, isRelativeWord } from './relative-clause.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { NEGATION } from './find-modality.ts';
import { sentenceWords } from './sentence-words.ts';
import { dayAfter } from './weekdays.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';

const REPORTING = new Set(['say', 'add']);
const REPORTING_WORDS = sentenceWords(REPORTING);
/** Verbs that sum an act up as what it is: "the raid was a massacre", "amounts to", "constitutes". */
export const COPULAS: ReadonlySet<string> = new Set(['be', 'amount', 'constitute']);
// Acts a speaker sums up by a noun beyond those condemned by name: shows of force and votes.
const SPOKEN_ACT_NOUNS: ReadonlySet<string> = new Set([...ACT_NOUNS, 'exercise', 'drill', 'strike', 'attack', 'test', 'launch', 'election', 'vote', 'referendum', 'law']);

/**
 * "Ruritania seized the islands, and Norway said the step was a violation of the accord", "…, a step that Tokyo said was
 * unacceptable": an act summed up by a noun and judged in a condemning name inside a speaker's words is condemned (111)
 * by the speaker, aimed at whoever the sentence says did it (the noun's possessor, or the last act of another side).
 */
function judgedInSpeech(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => sentenceEventCode(event) === '111')) return [];
  for (let index = sentence.firstToken + 1; index < sentence.lastToken; index++) {
    if (!REPORTING.has(tokens[index]?.lemma ?? '') || tokens[index]?.pos !== 'VERB') continue;
    const judged = judgedAct(tokens, groups, index);
    if (!judged) continue;
    const speaker = groupBefore(tokens, groups, index, sentence.firstToken)?.members[0];
    const pattern = builtinPatternOf(patterns, 'condemn', '111');
    if (!speaker?.code || !pattern) continue;
    // "China passed the law, a move that London said…": with no act coded, the sentence's opening actor did it.
    const opening = events.some((event) => event.trigger < index) ? undefined : groups[0]?.members[0];
    const maker = judged.maker ?? lastDeedByOther(events, index, (code) => code === speaker.code)?.source ?? (opening && opening.first < index ? opening : undefined);
    if (!maker?.code || maker.code === speaker.code) continue;
    return [{ pattern, rule: '111:judged-in-speech', trigger: index, lastWord: judged.last, source: speaker, target: maker, modality: 'happened', isPassive: false }];
  }
  return [];
}

/** After "said": "(that) the move was a breach", or before it, "a move that X said was a breach"; the act's possessor if named. */
function judgedAct(tokens: readonly Token[], groups: readonly ActorGroup[], say: number): { readonly last: number; readonly maker?: ActorGroup['members'][number] } | undefined {
  // "said on Monday that…": a day named between the verb and its words.
  const after = dayAfter(tokens, say) + 1;
  let index = tokens[after]?.lemma === 'that' ? after + 1 : after;
  // "…, a move that Tokyo said was unacceptable": the act named before the relative.
  if (COPULAS.has(tokens[index]?.lemma ?? '')) return isSummedUpBefore(tokens, groups, say) && isCondemnedAfter(tokens, index) ? { last: index } : undefined;
  let maker: ActorGroup['members'][number] | undefined;
  const article = tokens[index]?.lemma === 'the' ? 1 : 0;
  const possessor = groups.find((group) => group.first === index + article && POSSESSIVE_MARKS.has(tokens[group.last + 1]?.text ?? ''));
  if (possessor) {
    maker = possessor.members[0];
    index = possessor.last + 2;
  } else if (tokens[index]?.lemma === 'the' || tokens[index]?.lemma === 'this') index++;
  else return undefined;
  while (tokens[index]?.pos === 'ADJ') index++;
  if (!SPOKEN_ACT_NOUNS.has(tokens[index]?.lemma ?? '') || !COPULAS.has(tokens[index + 1]?.lemma ?? '')) return undefined;
  return isCondemnedAfter(tokens, index + 1) ? { last: index + 1, ...(maker ? { maker } : {}) } : undefined;
}

/** "was a breach", not "was not a breach" nor "was never illegal": a denied judgement condemns nothing. */
function isCondemnedAfter(tokens: readonly Token[], copula: number): boolean {
  return !NEGATION.has(tokens[copula + 1]?.lemma ?? '') && hasCondemningWord(tokens, copula + 1);
}

/** "a move that Tokyo said…", "the decision, which Paris said…": an act noun, a relative word, the speaker, then "said". */
function isSummedUpBefore(tokens: readonly Token[], groups: readonly ActorGroup[], say: number): boolean {
  const speaker = groups.findLast((group) => group.last === say - 1);
  if (!speaker) return false;
  const relative = speaker.first - 1;
  const noun = isRelativeWord(tokens[relative]) ? headEndBefore(tokens, relative) : relative;
  return SPOKEN_ACT_NOUNS.has(tokens[noun]?.lemma ?? '');
}

/** `judgedInSpeech`, called only on a sentence with its anchor words. */
export const judgedInSpeechRule: ImpliedRuleEntry = { imply: judgedInSpeech, needsEvents: false, anchors: [REPORTING_WORDS] };
