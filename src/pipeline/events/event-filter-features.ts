import type { Claim } from '../../model/claim.ts';
import type { Event } from '../../model/event.ts';
import type { Sentence, Token } from '../../model/token.ts';
import { isNonStateBody } from './agent-roles.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** A sentence's finished events (after the rules and the side-chooser), each with the document event it became. */
export interface EventFilterInput {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly mentions: readonly ActorMention[];
  readonly events: readonly SentenceEvent[];
  /** The document event each sentence event became (same order). */
  readonly coded: readonly Event[];
  readonly claims: readonly Claim[];
}

// Words too common to say anything about the kind of story a sentence comes from.
const COMMON = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'this', 'be', 'is', 'was', 'it', 'its', 'as', 'has', 'have', 'had', 'he', 'she', 'they', 'their', 'his', 'her', 'which', 'who', 'said', 'say', 'will', 'would', 'after', 'but', 'not']);
const QUOTES = /["“”]/;

/**
 * A side as its code's shape says: a bare country, a country with a role, an organisation, a countryless role (`---OPP`),
 * a bare `---` (no country and no role: a user's dictionary writes it), none.
 */
function sideKind(code: string | undefined, isNone: boolean | undefined): string {
  if (isNone === true) return 'none';
  if (code === undefined) return 'open';
  if (code === '---') return 'bare';
  if (code.startsWith('---')) return 'role';
  if (isNonStateBody(code)) return 'org';
  return code.length === 3 ? 'country' : 'country+role';
}

function distanceBucket(distance: number): string {
  return distance <= 1 ? '1' : distance <= 3 ? '2-3' : distance <= 6 ? '4-6' : distance <= 12 ? '7-12' : '13+';
}

/**
 * What the filter reads of one event: its rule and code, the trigger's lemma, modality and claim, the kinds of its
 * sides and where they stand, whether the side-chooser filled one, the sentence's length, quotes, numbers, its other
 * events and its words (a sport or business story shows in them). Every feature is a string; the model weighs each.
 */
export function eventFilterFeatures(input: EventFilterInput, at: number): string[] {
  const event = input.events[at] as SentenceEvent;
  const coded = input.coded[at] as Event;
  const { tokens, sentence } = input;
  const code = sentenceEventCode(event);
  const root = code.slice(0, 2);
  const rule = coded.rule;
  const lemma = tokens[event.trigger]?.lemma ?? '';
  const features = ['bias', `root=${root}`, `code=${code}`, `pattern=${event.pattern.id}`, `rule=${rule}`, `lemma=${lemma}`, `lemma=${lemma}|root=${root}`, `modality=${event.modality}`, `passive=${event.isPassive}`, `noun=${event.pattern.isNoun === true}`];
  for (const step of rule.split('+').slice(1)) features.push(`step=${step}`, `step=${step}|root=${root}`);
  const source = sideKind(coded.sourceCode, coded.isSourceUnknown);
  const target = sideKind(coded.targetCode, coded.isTargetless);
  features.push(`source=${source}`, `target=${target}`, `kinds=${source}>${target}`, `kinds=${source}>${target}|root=${root}`);
  if (coded.sourceCode && coded.targetCode && coded.sourceCode.slice(0, 3) === coded.targetCode.slice(0, 3)) features.push('same-country', `same-country|root=${root}`);
  for (const [name, mention] of [['source', event.source], ['target', event.target]] as const) {
    if (!mention) continue;
    const before = mention.last < event.trigger;
    const distance = before ? event.trigger - mention.last : mention.first - event.lastWord;
    features.push(`${name}-at=${before ? 'before' : 'after'}`, `${name}-distance=${distanceBucket(Math.max(0, distance))}`, `${name}-at=${before ? 'before' : 'after'}|root=${root}`);
    if (mention.isPerson === true) features.push(`${name}-person`);
    if (mention.first < sentence.firstToken || mention.last > sentence.lastToken) features.push(`${name}-outside-sentence`);
  }
  const claim = coded.claimId ? input.claims.find((candidate) => candidate.id === coded.claimId) : undefined;
  if (claim) features.push('claim', `claim-verb=${claim.verb.toLowerCase()}`, ...(claim.isHedged ? ['claim-hedged'] : []), ...(claim.isNegated ? ['claim-negated'] : []));
  const length = sentence.lastToken - sentence.firstToken + 1;
  features.push(`length=${length <= 12 ? 'short' : length <= 30 ? 'mid' : length <= 50 ? 'long' : 'very-long'}`);
  const position = (event.trigger - sentence.firstToken) / Math.max(1, length);
  features.push(`position=${position < 0.33 ? 'start' : position < 0.66 ? 'middle' : 'end'}`);
  const sameRoot = input.events.filter((other, index) => index !== at && sentenceEventCode(other).slice(0, 2) === root).length;
  features.push(`same-root-events=${Math.min(sameRoot, 2)}`, `events=${Math.min(input.events.length, 4)}`);
  features.push(...proposalFeatures(event.proposerProbability, root));
  features.push(...sentenceWordFeatures(input));
  return features;
}

/** Feature family of the proposer's probability (`train:filter` leaves it out unless `--proposal-features`). */
export const PROPOSAL_FEATURES = 'proposal';

/**
 * How sure the trigger proposer was of an event it added (a proposal at 0.31 is a guess, one at 0.9 is not), bucketed
 * and crossed with the root (its weak roots differ); an event the rules found says so.
 */
function proposalFeatures(probability: number | undefined, root: string): string[] {
  if (probability === undefined) return [`${PROPOSAL_FEATURES}=rules`];
  const bucket = probability < 0.4 ? '<.4' : probability < 0.5 ? '.4-.5' : probability < 0.65 ? '.5-.65' : probability < 0.8 ? '.65-.8' : '.8+';
  return [`${PROPOSAL_FEATURES}=${bucket}`, `${PROPOSAL_FEATURES}=${bucket}|root=${root}`];
}

// A sentence's quote, number and word features are the same for each of its events: worked out once per sentence (the
// filter and the trainers hand every event of a sentence the same input object).
const sentenceWords = new WeakMap<EventFilterInput, readonly string[]>();

/** Whether the sentence quotes or counts, and its lower-case words of three letters or more but the commonest. */
function sentenceWordFeatures(input: EventFilterInput): readonly string[] {
  const known = sentenceWords.get(input);
  if (known) return known;
  const { tokens, sentence } = input;
  const words = new Set<string>();
  let hasQuote = false;
  let hasNumber = false;
  for (let index = sentence.firstToken; index <= sentence.lastToken; index++) {
    const token = tokens[index];
    if (!token) continue;
    if (QUOTES.test(token.text)) hasQuote = true;
    if (/\d/.test(token.text) || token.pos === 'NUM') hasNumber = true;
    if (/^[a-z]{3,}$/.test(token.lemma) && !COMMON.has(token.lemma)) words.add(token.lemma);
  }
  const features = [...(hasQuote ? ['quote'] : []), ...(hasNumber ? ['number'] : []), ...[...words].map((word) => `word=${word}`)];
  sentenceWords.set(input, features);
  return features;
}
