import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { isCargoWithin, isCarrier, isWordWithin } from './aid-arrival.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { isDoneVerb } from './find-modality.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { sentenceWords } from './sentence-words.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';

const SENDING = new Set(['send', 'fly', 'dispatch']);
const SENDING_WORDS = sentenceWords(SENDING);
// "flew two air force transport planes": the carrier a few words after the verb.
const CARRIER_REACH = 5;
// "aircraft laden with blankets and medical supplies to": the cargo and the "to" later in the object.
const OBJECT_REACH = 14;
const DESTINATION_GAP = 5;
// "planes loaded with military supplies", "a ship carrying arms and supplies": cargo for an army is no humanitarian aid.
const MILITARY_CARGO = new Set(['military', 'arm', 'arms', 'weapon', 'ammunition', 'munition', 'missile', 'troop', 'soldier', 'adviser', 'advisor']);

/**
 * "Oman flew two planes loaded with medicine and tents to Yemen", "Turkey sent a ship carrying flour to Gaza": aid
 * carriers sent somewhere deliver humanitarian aid there (073), from the sender. The aid-row words ("sent aid to") are
 * read by the pattern rows; here the cargo is named inside the carrier's phrase, too far from the verb for them. Only
 * a sending that happened, with both sides named and of different countries.
 */
function aidDispatch(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => sentenceEventCode(event).startsWith('07'))) return [];
  for (let index = sentence.firstToken + 1; index < sentence.lastToken; index++) {
    if (!isDoneVerb(tokens, index, SENDING)) continue;
    const carrier = carrierAfter(tokens, index, sentence.lastToken);
    const to = carrier === undefined ? undefined : toAfterCargo(tokens, carrier, sentence.lastToken);
    if (carrier === undefined || to === undefined || !isCargoWithin(tokens, carrier + 1, to - 1) || isWordWithin(tokens, carrier + 1, to - 1, MILITARY_CARGO)) continue;
    // "Chile and Peru flew planes…": each sender delivers.
    const givers = groupBefore(tokens, groups, index, sentence.firstToken)?.members ?? [];
    const receiver = groupAfter(tokens, groups, to, DESTINATION_GAP)?.members[0];
    const pattern = builtinPatternOf(patterns, 'deliver', '073');
    const senders = givers.filter((giver) => giver.code !== undefined && !giver.code.startsWith('-') && !receiver?.code?.startsWith(giver.code.slice(0, 3)));
    if (!receiver?.code || senders.length === 0 || !pattern) continue;
    return senders.map((giver) => ({ pattern, rule: '073:aid-dispatch', trigger: index, lastWord: to, source: giver, target: receiver, modality: 'happened', isPassive: false }));
  }
  return [];
}

function carrierAfter(tokens: readonly Token[], verb: number, last: number): number | undefined {
  for (let index = verb + 1; index <= Math.min(last, verb + CARRIER_REACH); index++) {
    const token = tokens[index] as Token;
    if (isCarrier(token)) return index;
    if (token.pos === 'PUNCT' || token.pos === 'VERB') return undefined;
  }
  return undefined;
}

/** The "to" of the destination after the carrier's phrase, before any comma. */
function toAfterCargo(tokens: readonly Token[], carrier: number, last: number): number | undefined {
  for (let index = carrier + 1; index <= Math.min(last, carrier + OBJECT_REACH); index++) {
    const token = tokens[index] as Token;
    if (token.lemma === 'to' && tokens[index + 1]?.pos !== 'VERB') return index;
    if (token.pos === 'PUNCT') return undefined;
  }
  return undefined;
}

/** `aidDispatch`, called only on a sentence with its anchor words. */
export const aidDispatchRule: ImpliedRuleEntry = { imply: aidDispatch, needsEvents: false, anchors: [SENDING_WORDS] };
