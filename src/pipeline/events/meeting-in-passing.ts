import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { isGluingHyphen } from './hyphen-glue.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { SPAN_NOUNS } from './noun-phrase-end.ts';
import { FUTURE_MODALS } from './find-modality.ts';

/** Nouns of a meeting held between parties, by lemma. */
export const MEETINGS: ReadonlySet<string> = new Set(['meeting', 'summit', 'talk', 'negotiation']);
/** Phrases that place an act at or after a meeting held, not before one planned ("ahead of their summit"). */
const OPENERS = new Set(['at', 'after', 'during', 'following']);
/** "at the close of their summit", "after four rounds of talks", "on the sidelines of a summit": a part of the meeting. */
const PARTS = new Set(['end', 'start', 'close', 'conclusion', 'sideline', 'sidelines', 'margin', 'margins', ...SPAN_NOUNS]);
const PHRASE_GAP = 9;
/** "after talks in Oslo mediated by Norway", "talks led by the regional bloc": talks a third party ran, which the broker's own code (045) stands for. */
const BROKERED = new Set(['mediate', 'broker', 'facilitate', 'host', 'chair', 'sponsor'].flatMap((verb) => [verb, verb.replace(/e?$/, 'ed')]).concat('lead', 'led'));
const BROKER_GAP = 5;
/** How far before an act a future modal makes it one announced for later: "will soon formally sign". */
const FUTURE_REACH = 4;

/**
 * "Peru and Chile agreed at their meeting in Lima to…", "Oslo and Riga signed a pact after talks in Tallinn", "told Merkel at
 * their summit that…": a meeting named in passing, after an act two actors did together or to each other, is a meeting
 * (040) between them; "demanded a ceasefire at talks with Moscow's envoys" is a meeting of the act's doer with them.
 * "Talks between X and Y" code themselves; the act before the meeting must have happened; a meeting with no possessor ("at a summit in Rome") needs an act done
 * by both sides together, as "their" says whose meeting it was.
 */
export function meetingInPassing(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.length === 0 || events.some((event) => sentenceEventCode(event).startsWith('04'))) return [];
  for (let index = sentence.firstToken + 2; index <= sentence.lastToken; index++) {
    const token = tokens[index] as Token;
    if (token.pos !== 'NOUN' || !MEETINGS.has(token.lemma)) continue;
    const next = tokens[index + 1]?.lemma;
    if (next === 'between' || next === 'of') continue;
    const isTheirs = openedMeetingPhrase(tokens, index, sentence.firstToken);
    if (isTheirs === undefined) continue;
    // "pressed for a truce at talks with Belgian envoys": the actor of the act met the one named after "with".
    const partner = next === 'with' ? groups.find((group) => group.first > index + 1 && group.first <= index + 4)?.members[0] : undefined;
    if (next === 'with' && !partner) continue;
    const pair = partner ? withPartner(tokens, events, index, partner) : pairBefore(tokens, events, index, isTheirs);
    const pattern = builtinPatternOf(patterns, 'meeting', '040');
    const broker = brokerOf(tokens, index, sentence.lastToken, groups);
    // "talks hosted by Egypt" between Egypt and Sudan: a host who is one of the sides still met the other.
    if (pair && broker && !pair.some((side) => isSameActor(side, broker.members[0]))) continue;
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
    // "their first in-person meeting", "a face-to-face summit": the words a hyphen joins modify the noun.
    if (isGluingHyphen(tokens, index + 1)) continue;
    if (OPENERS.has(token.lemma)) return isTheirs;
    if (token.lemma === 'their' || token.lemma === 'they') isTheirs = true;
    else if (token.lemma === 'of' && PARTS.has(tokens[index - 1]?.lemma ?? '')) continue;
    else if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NUM' && token.text !== '-' && !PARTS.has(token.lemma) && !(token.pos === 'NOUN' && index === noun - 1)) return undefined;
  }
  return undefined;
}

/**
 * Who ran the meeting, when a participle naming them follows the noun closely ("talks in Doha brokered by Qatar"): the
 * actors after "by", or an empty group when "by" names no actor found ("hosted by the city").
 */
function brokerOf(tokens: readonly Token[], noun: number, sentenceEnd: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  for (let index = noun + 1; index <= Math.min(sentenceEnd - 1, noun + BROKER_GAP); index++) {
    const token = tokens[index] as Token;
    const isBroker = BROKERED.has(token.lemma);
    if (token.text === ',' || (token.pos === 'VERB' && !isBroker)) return undefined;
    if (isBroker && tokens[index + 1]?.lemma === 'by') return groups.find((group) => group.first === index + 2 || group.first === index + 3) ?? { members: [], first: index + 2, last: index + 2 };
  }
  return undefined;
}

/** The same country, whatever the role ("Egypt" hosting, "Egypt's foreign minister" meeting), or the same body. */
function isSameActor(side: ActorMention, broker: ActorMention | undefined): boolean {
  return broker?.code !== undefined && side.code !== undefined && actorRoot(broker.code) === actorRoot(side.code);
}

// International bodies share the "IGO" prefix: the African Union hosting is no side of talks between the UN and the EU.
function actorRoot(code: string): string {
  return code.startsWith('IGO') ? code : code.slice(0, 3);
}

/** The doer of the last act done before the meeting, and the partner named after "with". */
function withPartner(tokens: readonly Token[], events: readonly SentenceEvent[], noun: number, partner: ActorMention): readonly [ActorMention, ActorMention] | undefined {
  const event = events.findLast((candidate) => candidate.trigger < noun && isDone(tokens, candidate) && candidate.source?.code !== undefined);
  const source = event?.source;
  if (!source?.code || !partner.code || source.code.slice(0, 3) === partner.code.slice(0, 3)) return undefined;
  return [source, partner];
}

// "agreed after talks to share data" is an intent (03) said at the meeting; "will sign a pact at a summit" is no meeting
// yet, though an act announced for later is coded as an intent too (stance-code.ts): a future modal before it tells it.
function isDone(tokens: readonly Token[], event: SentenceEvent): boolean {
  if (event.modality === 'happened') return true;
  if (!sentenceEventCode(event).startsWith('03')) return false;
  for (let index = Math.max(0, event.trigger - FUTURE_REACH); index < event.trigger; index++) if (FUTURE_MODALS.has(tokens[index]?.lemma ?? '')) return false;
  return true;
}

/** The two sides of the last act done before the meeting: done together (both directions coded), or to each other when "their" meeting. */
function pairBefore(tokens: readonly Token[], events: readonly SentenceEvent[], noun: number, isTheirs: boolean): readonly [ActorMention, ActorMention] | undefined {
  for (let at = events.length - 1; at >= 0; at--) {
    const event = events.find((first) => first.trigger === events[at]?.trigger) as SentenceEvent;
    const { source, target } = event;
    if (event.trigger > noun || !isDone(tokens, event) || !source?.code || !target?.code || source.code === target.code) continue;
    const isMutual = events.some((other) => other.trigger === event.trigger && other.source?.code === target.code && other.target?.code === source.code);
    if (isMutual || isTheirs) return [source, target];
  }
  return undefined;
}
