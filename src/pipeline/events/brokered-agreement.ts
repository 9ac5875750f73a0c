import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { findModality } from './find-modality.ts';
import { BROKERED_NOUNS } from './agreement-nouns.ts';
import { headNounAfter } from './object-head.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import type { PatternIndex } from './event-pattern.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';

// "US-mediated" is often tagged an adjective, its lemma left as written.
const BROKERING = new Set(['broker', 'mediate', 'brokered', 'mediated']);
/** What a broker brings about: talks (040, 046), agreements (050 "agreed to a truce", 057), truces (0871). */
const BROKERED_CODES = new Set(['040', '046', '050', '057', '0871']);
/** What a broker's own verb takes as its object: "Oman brokered the talks", "Washington had mediated the truce". */
/** Deals and the talks that make them: what a mediator brokers. */
export const BROKERED_THINGS: ReadonlySet<string> = new Set([...BROKERED_NOUNS, 'armistice', 'talk', 'negotiation']);

/**
 * "Serbia and Kosovo initialled an EU-brokered agreement", "agreed to a ceasefire brokered by Egypt", "the two armies
 * agreed a truce, saying Kenya had mediated the deal": the broker mediated (045) between each party to the talks,
 * agreement or truce the sentence codes.
 */
export function brokeredAgreement(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  const agreements = events.filter((event) => BROKERED_CODES.has(sentenceEventCode(event)));
  if (agreements.length === 0) return [];
  for (let index = sentence.firstToken + 1; index <= sentence.lastToken; index++) {
    if (!BROKERING.has(tokens[index]?.lemma ?? '')) continue;
    // "brokered by Oman and Kenya", "Norway and Cuba, which mediated the talks": each broker of a compound.
    const brokers = brokerOf(tokens, groups, index, sentence.firstToken)?.members.filter((member) => member.code !== undefined) ?? [];
    const pattern = builtinPatternOf(patterns, 'mediate', '045');
    if (brokers.length === 0 || !pattern) return [];
    const isBroker = (code: string): boolean => brokers.some((broker) => broker.code === code);
    const parties = new Map<string, ActorMention>();
    for (const event of agreements) for (const party of [event.source, event.target]) if (party?.code && !isBroker(party.code)) parties.set(party.code, party);
    // Its own rule id, so a reader sees the mediation came from the broker's word and not from a "mediate" pattern.
    return brokers.flatMap((broker) => [...parties.values()].map((party): SentenceEvent => ({ pattern, rule: '045:brokered-agreement', trigger: index, lastWord: index, source: broker, target: party, modality: 'happened', isPassive: false })));
  }
  return [];
}

/**
 * "EU-brokered" names the broker joined by a hyphen before the word; "brokered by Egypt" after "by"; "Egypt brokered the
 * truce" as the subject of a verb whose object is the deal or talks brokered.
 */
function brokerOf(tokens: readonly Token[], groups: readonly ActorGroup[], index: number, sentenceStart: number): ActorGroup | undefined {
  const hyphen = tokens[index - 1];
  if (hyphen?.text === '-' && tokens[index]?.precededBySpace === false) return groups.find((group) => group.last === index - 2);
  if (tokens[index + 1]?.lemma === 'by') return groupAfter(tokens, groups, index + 1, 3, true);
  if (!isBrokeringVerb(tokens, index) || !BROKERED_THINGS.has(headNounAfter(tokens, index) ?? '')) return undefined;
  // "in an attempt to broker a truce", "Washington would mediate the talks", "Doha had not mediated the deal": only a
  // brokering that happened makes the subject the broker of the agreement coded.
  const subject = groupBefore(tokens, groups, index, sentenceStart);
  return subject && findModality(tokens, subject.last, index, sentenceStart) === 'happened' ? withAndPartner(tokens, groups, subject) : undefined;
}

/**
 * "said Norway and Cuba, who had brokered the negotiations": a partner joined by "and" that the groups keep
 * apart (a report's source is no compound subject) brokered as well.
 */
function withAndPartner(tokens: readonly Token[], groups: readonly ActorGroup[], group: ActorGroup): ActorGroup {
  const link = tokens[group.first - 1]?.lemma === 'the' ? group.first - 2 : group.first - 1;
  const partner = tokens[link]?.lemma === 'and' ? groups.find((other) => other.last === link - 1) : undefined;
  return partner ? { members: [...partner.members, ...group.members], first: partner.first, last: group.last } : group;
}

/** "had mediated the deal" is at times tagged an adjective after its auxiliary: a verb all the same. */
function isBrokeringVerb(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.pos === 'VERB' || (tokens[index]?.pos === 'ADJ' && tokens[index - 1]?.pos === 'AUX');
}
