import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { sentenceWords } from './sentence-words.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';
import { singular } from '../quantities/counted-phrase.ts';

/** What carries aid in, and who brings it: its arrival somewhere is the delivery. */
const CARRIERS: ReadonlySet<string> = new Set(['truck', 'lorry', 'convoy', 'plane', 'aircraft', 'ship', 'vessel', 'flight', 'shipment', 'consignment', 'team', 'expert', 'doctor', 'rescuer', 'worker']);
/**
 * What the carriers carry that makes them aid (not water: ships "entered territorial waters"; nor fuel, sold across
 * borders as often as given).
 */
const CARGO: ReadonlySet<string> = new Set(['aid', 'food', 'medicine', 'medicines', 'supplies', 'supply', 'relief', 'vaccine', 'vaccines', 'tent', 'tents', 'flour']);
const ARRIVALS = new Set(['cross', 'enter', 'reach', 'arrive', 'land', 'dock']);
const ARRIVAL_WORDS = sentenceWords(ARRIVALS);
const SUBJECT_REACH = 10;
const CARGO_REACH = 5;
const WITH_REACH = 7;

/**
 * "Trucks loaded with medicine crossed into Armenia from Georgia", "a convoy of Red Cross trucks carrying food reached
 * Aden", "a Cuban medical team arrived in Lima with supplies": aid carried somewhere is aid delivered there (073), by whoever the
 * carriers belong to, else the country they came from. Only the sentence's first such arrival, and only with both sides
 * named and different.
 */
function aidArrival(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  if (events.some((event) => sentenceEventCode(event).startsWith('07'))) return [];
  for (let index = sentence.firstToken + 2; index <= sentence.lastToken; index++) {
    const token = tokens[index] as Token;
    if (token.pos !== 'VERB' || !ARRIVALS.has(token.lemma)) continue;
    const carrier = carrierBefore(tokens, index, sentence.firstToken);
    if (carrier === undefined || !hasCargo(tokens, carrier, index, sentence.lastToken)) continue;
    const destination = groupAfter(tokens, groups, index, 4);
    const owner = groups.find((group) => group.first >= carrier - 4 && group.last < index);
    const from = destination ? fromGroup(tokens, groups, destination.last) : undefined;
    const source = owner ?? from;
    const pattern = builtinPatternOf(patterns, 'deliver', '073');
    const giver = source?.members[0];
    const receiver = destination?.members[0];
    if (!pattern || !giver?.code || !receiver?.code || giver.code.slice(0, 3) === receiver.code.slice(0, 3)) return [];
    return [{ pattern, rule: '073:aid-arrival', trigger: index, lastWord: index, source: giver, target: receiver, modality: 'happened', isPassive: false }];
  }
  return [];
}

/** The carrier noun heading the verb's subject ("the first trucks carrying aid", "a convoy of 40 lorries"). */
function carrierBefore(tokens: readonly Token[], verb: number, sentenceStart: number): number | undefined {
  for (let index = verb - 1; index >= Math.max(sentenceStart, verb - SUBJECT_REACH); index--) {
    const token = tokens[index] as Token;
    if (token.pos === 'VERB' && token.lemma !== 'carry' && token.lemma !== 'load' && token.lemma !== 'laden') return undefined;
    if (token.text === ',' || token.text === ';') return undefined;
    if (isCarrier(token)) return index;
  }
  return undefined;
}

/** Aid named in the carrier's phrase ("trucks carrying flour") or brought "with" it ("arrived on Monday with medical supplies"). */
function hasCargo(tokens: readonly Token[], carrier: number, verb: number, last: number): boolean {
  if (isCargoWithin(tokens, carrier, verb)) return true;
  for (let index = verb + 1; index <= Math.min(verb + WITH_REACH, last); index++) if (tokens[index]?.lemma === 'with') return isCargoWithin(tokens, index + 1, Math.min(index + CARGO_REACH, last));
  return false;
}

/** Whether a token names an aid carrier. A sentence's first word may be tagged as a name ("Trucks carrying…"), its lemma then the word itself. */
export function isCarrier(token: Token): boolean {
  return CARRIERS.has(token.lemma) || CARRIERS.has(singular(token.text.toLowerCase()));
}

export function isCargoWithin(tokens: readonly Token[], from: number, to: number): boolean {
  return isWordWithin(tokens, from, to, CARGO);
}

/** Whether a token from `from` to `to` has one of `words` as its lemma or its lower-cased text. */
export function isWordWithin(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let index = from; index <= to; index++) if (words.has(tokens[index]?.lemma ?? '') || words.has(tokens[index]?.text.toLowerCase() ?? '')) return true;
  return false;
}

/** "…into Armenia from Georgia": the country the carriers came from, named right after the destination. */
function fromGroup(tokens: readonly Token[], groups: readonly ActorGroup[], after: number): ActorGroup | undefined {
  for (let index = after + 1; index <= after + 3; index++) if (tokens[index]?.lemma === 'from') return groupAfter(tokens, groups, index, 2, true);
  return undefined;
}

/** `aidArrival`, called only on a sentence with its anchor words. */
export const aidArrivalRule: ImpliedRuleEntry = { imply: aidArrival, needsEvents: false, anchors: [ARRIVAL_WORDS] };
