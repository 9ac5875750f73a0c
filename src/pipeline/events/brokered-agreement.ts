import type { Sentence, Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { findModality, NEGATION } from './find-modality.ts';
import { BROKERED_NOUNS } from './agreement-nouns.ts';
import { headNounAfter } from './object-head.ts';
import { isGluedAfterHyphen } from './hyphen-glue.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import type { PatternIndex } from './event-pattern.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import { countryOf } from './state-country.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';

// "Chinese mediation", "mediation by Qatar", "Omani mediators", "under the auspices of Moscow": brokering named as a noun.
const MEDIATING_NOUNS = new Set(['mediation', 'mediator', 'auspice', 'auspices', 'guarantor']);
// "US-mediated" is often tagged an adjective, its lemma left as written.
const BROKERING = new Set(['broker', 'mediate', 'brokered', 'mediated', ...MEDIATING_NOUNS]);
/**
 * What a broker brings about: talks (040, 046), agreements (050 "agreed to a truce", 057), truces (0871), and the
 * release of prisoners in a mediated exchange (0841: "swapped 90 prisoners in an exchange mediated by Qatar").
 */
const BROKERED_CODES = new Set(['040', '046', '050', '057', '0871', '0841']);
/** Deals and the talks that make them: what a mediator brokers, and what a broker's own verb takes as its object ("Oman brokered the talks"). */
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
    const isLed = isLedTalks(tokens, index);
    if (!isLed && !BROKERING.has(tokens[index]?.lemma ?? '')) continue;
    // "brokered by Oman and Kenya", "Norway and Cuba, which mediated the talks": each broker of a compound.
    const named = brokerOf(tokens, groups, index, sentence.firstToken)?.members.filter((member) => member.code !== undefined) ?? [];
    // "after talks led by their foreign ministers": talks led by the sides themselves had no third party.
    const brokers = isLed ? named.filter((broker) => !agreements.some((event) => isSameCountry(event.source, broker) || isSameCountry(event.target, broker))) : named;
    const pattern = builtinPatternOf(patterns, 'mediate', '045');
    if (!pattern) return [];
    // "called for mediation" names no broker; a "truce brokered by Egypt" later in the sentence still may.
    if (brokers.length === 0) continue;
    const isBroker = (code: string): boolean => brokers.some((broker) => broker.code === code);
    const parties = new Map<string, ActorMention>();
    for (const event of agreements) {
      for (const party of [event.source, event.target]) if (party?.code && !isBroker(party.code) && !isFreedOfAParty(event, party, agreements)) parties.set(party.code, party);
    }
    // Its own rule id, so a reader sees the mediation came from the broker's word and not from a "mediate" pattern.
    return brokers.flatMap((broker) =>
      [...parties.values()]
        .filter((party) => !isMediatedAlready(events, broker, party))
        .map((party): SentenceEvent => ({ pattern, rule: '045:brokered-agreement', trigger: index, lastWord: index, source: broker, target: party, modality: 'happened', isPassive: false })),
    );
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
  // A mediating noun reads its own "by" ("mediation by Norway"), after its denial check ("without mediation by Qatar").
  if (MEDIATING_NOUNS.has(tokens[index]?.lemma ?? '')) return mediatingNounBroker(tokens, groups, index);
  if (tokens[index + 1]?.lemma === 'by') return groupAfter(tokens, groups, index + 1, 3, true);
  if (!isBrokeringVerb(tokens, index) || !BROKERED_THINGS.has(headNounAfter(tokens, index) ?? '')) return undefined;
  // "in an attempt to broker a truce", "Washington would mediate the talks", "Doha had not mediated the deal": only a
  // brokering that happened makes the subject the broker of the agreement coded.
  const subject = groupBefore(tokens, groups, index, sentenceStart);
  return subject && findModality(tokens, subject.last, index, sentenceStart) === 'happened' ? withAndPartner(tokens, groups, subject) : undefined;
}

/**
 * "under the auspices of the Kenyan leader", "after Chinese mediation", "Qatar's mediation", "Omani mediators", "with
 * Norwegian diplomats acting as guarantors": the broker named by "of", right before the noun (or holding it), or before
 * "acting as". A bare "mediation" names none ("called for mediation" asks for it, and codes nothing here).
 */
function mediatingNounBroker(tokens: readonly Token[], groups: readonly ActorGroup[], index: number): ActorGroup | undefined {
  const lemma = tokens[index]?.lemma ?? '';
  // "without any American mediation", "no Qatari mediators took part": mediation denied brokered nothing.
  for (let before = index - 1; before >= Math.max(0, index - 5); before--) if (DENYING_WORDS.has(tokens[before]?.lemma ?? '')) return undefined;
  if (lemma === 'auspice' || lemma === 'auspices') return tokens[index + 1]?.lemma === 'of' ? groupAfter(tokens, groups, index + 1, 3, true) : undefined;
  if (tokens[index + 1]?.lemma === 'by') return groupAfter(tokens, groups, index + 1, 3, true);
  const before = POSSESSIVE_MARKS.has(tokens[index - 1]?.text ?? '') ? index - 2 : index - 1;
  const named = groups.find((group) => group.last === before || (group.first < index && index <= group.last));
  if (named) return named;
  const acting = tokens[index - 1]?.lemma === 'as' && ACTING.has(tokens[index - 2]?.lemma ?? '') ? index - 3 : -1;
  return acting >= 0 ? groups.find((group) => group.last === acting) : undefined;
}

const ACTING = new Set(['act', 'serve']);
const DENYING_WORDS: ReadonlySet<string> = new Set([...NEGATION, 'without']);

/**
 * "said Norway and Cuba, who had brokered the negotiations": a partner joined by "and" that the groups keep
 * apart (a report's source is no compound subject) brokered as well.
 */
function withAndPartner(tokens: readonly Token[], groups: readonly ActorGroup[], group: ActorGroup): ActorGroup {
  const link = tokens[group.first - 1]?.lemma === 'the' ? group.first - 2 : group.first - 1;
  const partner = tokens[link]?.lemma === 'and' ? groups.find((other) => other.last === link - 1) : undefined;
  return partner ? { members: [...partner.members, ...group.members], first: partner.first, last: group.last } : group;
}

/** Two sides of one state ("SDN", "SDNMIL"); sides with no country (IGOs, "---COP") share none. */
function isSameCountry(side: ActorMention | undefined, other: ActorMention): boolean {
  const country = countryOf(side);
  return country !== undefined && country === countryOf(other);
}

/**
 * "Venezuela freed six Americans in a swap brokered by Qatar": the people a release frees stand for the other party to the
 * deal; "Israel released 39 Palestinian women" under a truce with Hamas adds no party of a country already a party.
 */
function isFreedOfAParty(event: SentenceEvent, party: ActorMention, agreements: readonly SentenceEvent[]): boolean {
  if (party !== event.target || sentenceEventCode(event) !== '0841') return false;
  return agreements.some((other) => isSameCountry(other.source, party));
}

/**
 * "prisoners handed over by Peru, under a deal brokered by Brazil": the broker's own verb may have coded its mediation
 * towards a party's country already; a party of that country is not coded again.
 */
function isMediatedAlready(events: readonly SentenceEvent[], broker: ActorMention, party: ActorMention): boolean {
  return events.some((event) => sentenceEventCode(event) === '045' && event.source?.code === broker.code && isSameCountry(event.target, party));
}

/**
 * "after talks led by Kenya", "African Union-led negotiations": talks led by a third party are brokered by it. Only talks
 * and deals: "a coalition led by Riyadh", "US-led forces" broker nothing.
 */
function isLedTalks(tokens: readonly Token[], index: number): boolean {
  const lemma = tokens[index]?.lemma;
  if (lemma !== 'lead' && lemma !== 'led') return false;
  if (tokens[index + 1]?.lemma === 'by') return BROKERED_THINGS.has(tokens[index - 1]?.lemma ?? '');
  return isGluedAfterHyphen(tokens, index) && BROKERED_THINGS.has(headNounAfter(tokens, index) ?? '');
}

/** "had mediated the deal" is at times tagged an adjective after its auxiliary: a verb all the same. */
function isBrokeringVerb(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.pos === 'VERB' || (tokens[index]?.pos === 'ADJ' && tokens[index - 1]?.pos === 'AUX');
}
