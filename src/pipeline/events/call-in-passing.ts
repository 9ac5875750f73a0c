import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import type { PatternIndex } from './event-pattern.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import { sentenceWords } from './sentence-words.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';

const CALL_PREPOSITIONS = new Set(['in', 'during', 'by', 'over', 'on']);
const MEDIA = new Set(['phone', 'telephone', 'video']);
const CALLS = new Set(['call', 'conversation', 'conference']);
const MEDIA_WORDS = sentenceWords(MEDIA);
const CALL_WORDS = sentenceWords(CALLS);

/**
 * "Erdogan warned Scholz in a phone call", "Macron told Pezeshkian during a telephone conversation that…": what was said
 * over the phone is also a call (041) from the speaker to whom the verb addresses. "A phone call with Y" codes itself.
 */
function callInPassing(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => sentenceEventCode(event) === '041')) return [];
  const phone = builtinPatternOf(patterns, 'phone', '041');
  if (!phone) return [];
  for (let index = sentence.firstToken + 2; index < sentence.lastToken; index++) {
    if (!MEDIA.has(tokens[index]?.lemma ?? '') || !CALLS.has(tokens[index + 1]?.lemma ?? '') || tokens[index + 2]?.lemma === 'with') continue;
    const opening = tokens[index - 1]?.pos === 'DET' ? index - 2 : index - 1;
    if (!CALL_PREPOSITIONS.has(tokens[opening]?.lemma ?? '')) continue;
    const verb = verbBefore(tokens, opening, sentence.firstToken);
    if (verb === undefined) return [];
    const source = groupBefore(tokens, groups, verb, sentence.firstToken);
    const target = groupBetween(groups, verb, opening);
    const from = source?.members[0];
    const to = target?.members[0];
    if (!from || !to || from.code === to.code) return [];
    // Its own rule id, so a reader sees the call came from the phrase and not from a "call with" pattern.
    return [{ pattern: phone, rule: '041:call-in-passing', trigger: index, lastWord: index + 1, source: from, target: to, modality: 'happened', isPassive: false }];
  }
  return [];
}


/** The verb of the clause the call phrase closes: the nearest one before it, with no sentence break between. */
function verbBefore(tokens: readonly Token[], from: number, sentenceStart: number): number | undefined {
  for (let index = from - 1; index >= sentenceStart; index--) {
    const token = tokens[index];
    if (token?.text === ';') return undefined;
    if (token?.pos === 'VERB') return index;
  }
  return undefined;
}

/** The first group wholly between the verb and the call phrase; a loop, so the caller's token loop allocates no closure context. */
function groupBetween(groups: readonly ActorGroup[], verb: number, opening: number): ActorGroup | undefined {
  for (const group of groups) if (group.first > verb && group.last < opening) return group;
  return undefined;
}

/** `callInPassing`, called only on a sentence with its anchor words. */
export const callInPassingRule: ImpliedRuleEntry = { imply: callInPassing, needsEvents: false, anchors: [MEDIA_WORDS, CALL_WORDS] };
