import type { Sentence, Token } from '../../model/token.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

const MEETINGS = new Set(['meeting', 'summit', 'talk', 'negotiation']);
/** Phrases that place an act at or after a meeting held, not before one planned ("ahead of their summit"). */
const OPENERS = new Set(['at', 'after', 'during', 'following']);
/** "at the end of their summit", "after seven rounds of talks", "on the sidelines of a summit": a part of the meeting. */
const PARTS = new Set(['end', 'start', 'close', 'conclusion', 'sideline', 'sidelines', 'margin', 'margins', 'round', 'rounds', 'day', 'days']);
const PHRASE_GAP = 7;

/**
 * "Peru and Chile agreed at their meeting in Lima to…", "Oslo and Riga signed a pact after talks in Tallinn", "told Merkel at
 * their summit that…": a meeting named in passing, after an act two actors did together or to each other, is a meeting
 * (040) between them. The meeting must have no actor of its own (a "meeting with Y" or "talks between X and Y" codes
 * itself) and the act before it must have happened; a meeting with no possessor ("at a summit in Rome") needs an act done
 * by both sides together, as "their" says whose meeting it was.
 */
export function meetingInPassing(tokens: readonly Token[], sentence: Sentence, events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.length === 0 || events.some((event) => sentenceEventCode(event).startsWith('04'))) return [];
  for (let index = sentence.firstToken + 2; index <= sentence.lastToken; index++) {
    const token = tokens[index] as Token;
    if (token.pos !== 'NOUN' || !MEETINGS.has(token.lemma)) continue;
    const next = tokens[index + 1]?.lemma;
    if (next === 'with' || next === 'between' || next === 'of') continue;
    const isTheirs = openedMeetingPhrase(tokens, index, sentence.firstToken);
    if (isTheirs === undefined) continue;
    const pair = pairBefore(events, index, isTheirs);
    const pattern = builtinPatternOf(patterns, 'meeting', '040');
    if (!pair || !pattern) return [];
    const [from, to] = pair;
    const base = { pattern, rule: '040:meeting-in-passing', trigger: index, lastWord: index, modality: 'happened' as const, isPassive: false };
    return [{ ...base, source: from, target: to }, { ...base, source: to, target: from }];
  }
  return [];
}

/**
 * Whether the noun closes a phrase opened by "at", "after", "during" or "following" (undefined when it does not), and
 * whether "their" names whose meeting it was.
 */
function openedMeetingPhrase(tokens: readonly Token[], noun: number, sentenceStart: number): boolean | undefined {
  let isTheirs = false;
  for (let index = noun - 1; index >= Math.max(sentenceStart, noun - PHRASE_GAP); index--) {
    const token = tokens[index] as Token;
    if (OPENERS.has(token.lemma)) return isTheirs;
    if (token.lemma === 'their' || token.lemma === 'they') isTheirs = true;
    else if (token.lemma === 'of' && PARTS.has(tokens[index - 1]?.lemma ?? '')) continue;
    else if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NUM' && token.text !== '-' && !PARTS.has(token.lemma) && !(token.pos === 'NOUN' && index === noun - 1)) return undefined;
  }
  return undefined;
}

/** The two sides of the last act done before the meeting: done together (both directions coded), or to each other when "their" meeting. */
function pairBefore(events: readonly SentenceEvent[], noun: number, isTheirs: boolean): readonly [ActorMention, ActorMention] | undefined {
  for (let at = events.length - 1; at >= 0; at--) {
    const event = events.find((first) => first.trigger === events[at]?.trigger) as SentenceEvent;
    const { source, target } = event;
    // "agreed after talks to share data" is an intent (03) said at the meeting; "will sign a pact at a summit" is no meeting yet.
    const isDone = event.modality === 'happened' || sentenceEventCode(event).startsWith('03');
    if (event.trigger > noun || !isDone || !source?.code || !target?.code || source.code === target.code) continue;
    const isMutual = events.some((other) => other.trigger === event.trigger && other.source?.code === target.code && other.target?.code === source.code);
    if (isMutual || isTheirs) return [source, target];
  }
  return undefined;
}
