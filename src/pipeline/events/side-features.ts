import type { Sentence, Token } from '../../model/token.ts';
import { isNonStateBody } from './agent-roles.ts';
import { REPORTING_VERBS } from './clause-shape.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Which side of an event a candidate is scored for. */
export type EventSide = 'source' | 'target';

/** What the features of one candidate read: the sentence, its coded events and the event and side in question. */
export interface SideContext {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly events: readonly SentenceEvent[];
  readonly event: SentenceEvent;
  readonly side: EventSide;
  /** Every candidate of this side, in sentence order. */
  readonly candidates: readonly ActorMention[];
  /** The candidates nearest the trigger on each hand of it (`nearestCandidates`), worked out once per event. */
  readonly nearest: NearestCandidates;
  /** Whether the rules left this side open (no code, or a countryless `---` role). */
  readonly isOpen: boolean;
}

// Words before a mention that say which side it stands on ("attacked by X", "talks with X", "sanctions on X").
const MARKED_BEFORE = new Set(['by', 'to', 'with', 'against', 'from', 'on', 'in', 'of', 'for', 'at', 'between', 'and', ',', 'the', 'that', 'said', 'toward', 'towards', 'into', 'over', 'including', 'as']);
const MARKED_AFTER = new Set(["'s", '’s', "'", ',', 'and', 'said', 'says', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'of', 'in', 'on', 'to', '.', 'who', 'which', 'that']);
const DISTANCES = [1, 2, 4, 7, 11, 16];

/** The candidate standing nearest the trigger before it, and after it. */
export interface NearestCandidates {
  readonly before: ActorMention | undefined;
  readonly after: ActorMention | undefined;
}

/** The nearest candidate on each hand of an event's trigger (candidates in sentence order). */
export function nearestCandidates(candidates: readonly ActorMention[], event: SentenceEvent): NearestCandidates {
  return { before: candidates.findLast((mention) => mention.last < event.trigger), after: candidates.find((mention) => mention.first > event.lastWord) };
}

/**
 * The features of one candidate actor for one side of a coded event: where it stands to the trigger, the words around
 * it, what kind of actor it is, whether the rules chose it (`isRuleCountry`: their words, with its country), and the
 * event's root. The same function runs at training and at run time, so the model reads exactly what it was fitted on.
 */
export function sideFeatures(context: SideContext, candidate: ActorMention, isRuleCountry: boolean): string[] {
  const { tokens, event, side, isOpen } = context;
  const other = event[side === 'source' ? 'target' : 'source'];
  const root = sentenceEventCode(event).slice(0, 2);
  const code = candidate.code ?? '';
  const at = candidate.last < event.trigger ? 'before' : candidate.first > event.lastWord ? 'after' : 'inside';
  const distance = at === 'before' ? event.trigger - candidate.last : at === 'after' ? candidate.first - event.lastWord : 0;
  const bucket = DISTANCES.findIndex((limit) => distance <= limit);
  const isOther = other?.code !== undefined && other.code.slice(0, 3) === code.slice(0, 3);
  const isOtherSpan = other !== undefined && other.first === candidate.first && other.last === candidate.last;
  const previous = tokens[candidate.first - 1];
  const next = tokens[candidate.last + 1];
  const before = previous && previous.lemma !== undefined && candidate.first > context.sentence.firstToken ? (MARKED_BEFORE.has(previous.lemma) ? previous.lemma : previous.pos) : 'START';
  const after = next && candidate.last < context.sentence.lastToken ? (MARKED_AFTER.has(next.text.toLowerCase()) ? next.text.toLowerCase() : next.pos) : 'END';
  const [from, to] = at === 'before' ? [candidate.last + 1, event.trigger - 1] : [event.lastWord + 1, candidate.first - 1];
  const between = betweenMarks(tokens, from, to);
  const kind = mentionKind(candidate);
  const nearest = at === 'before' ? context.nearest.before : at === 'after' ? context.nearest.after : undefined;
  const isFirst = context.candidates[0] === candidate;
  const shape = `${event.isPassive ? 'passive' : 'active'}|${event.pattern.isNoun === true ? 'noun' : 'verb'}`;
  const state = isOpen ? 'open' : 'held';
  const roleIn = otherEventRoles(context, candidate);
  // Open and held sides are told apart on every feature: in effect two models, one filling and one second-guessing.
  const s = `${state}|${side}`;
  const features = [
    'bias',
    `${s}|bias`,
    `${s}|at=${at}`,
    `${s}|at=${at}|d=${bucket}`,
    `${s}|at=${at}|${shape}`,
    `${s}|at=${at}|root=${root}`,
    `${s}|prev=${before}`,
    `${s}|prev=${before}|at=${at}`,
    `${s}|next=${after}`,
    `${s}|next=${after}|at=${at}`,
    `${s}|kind=${kind}`,
    `${s}|kind=${kind}|at=${at}`,
    `${s}|kind=${kind}|root=${root}`,
    `${s}|root=${root}`,
    `${s}|nearest=${nearest === candidate}|at=${at}`,
    `${s}|first=${isFirst}`,
    `${s}|first=${isFirst}|at=${at}`,
  ];
  for (const mark of between) features.push(`${s}|between=${mark}|at=${at}`);
  if (isRuleCountry) features.push(`${s}|rule`, `${s}|rule|root=${root}`, `${s}|rule|${shape}`);
  if (isOther) features.push(`${s}|other-country`);
  if (other?.code !== undefined && other.code === code) features.push(`${s}|other-code`);
  // Which trigger and which rule made the event: some of them make events a coder would not write at all.
  features.push(`${s}|lemma=${tokens[event.trigger]?.lemma ?? ''}`, `${s}|rule=${event.rule ?? event.pattern.id}`, `${s}|other=${other?.code === undefined ? 'open' : other.code.startsWith('---') ? 'countryless' : 'coded'}`);
  if (isOtherSpan) features.push(`${s}|other-span`);
  for (const role of roleIn) features.push(`${s}|elsewhere=${role}`);
  return features;
}

/** What lies between a candidate and the trigger: a verb, a reporting verb, a comma, "that", a relative word. */
function betweenMarks(tokens: readonly Token[], from: number, to: number): string[] {
  const marks = new Set<string>();
  if (to - from > 30) marks.add('far');
  for (let index = from; index <= to && index - from < 40; index++) {
    const token = tokens[index];
    if (!token) continue;
    if (token.pos === 'VERB') marks.add(REPORTING_VERBS.has(token.lemma) ? 'reporting' : 'verb');
    else if (token.text === ',') marks.add('comma');
    else if (token.lemma === 'that') marks.add('that');
    else if (token.lemma === 'who' || token.lemma === 'which') marks.add('relative');
    else if (token.text === '(' || token.text === '—' || token.text === '-') marks.add('aside');
  }
  if (marks.size === 0) marks.add('none');
  return [...marks];
}

/** Country, a country's role, an international or non-state body, a place standing for a country, a person. */
function mentionKind(mention: ActorMention): string {
  const code = mention.code ?? '';
  if (mention.placeId !== undefined) return 'place';
  if (mention.isPerson === true) return 'person';
  if (isNonStateBody(code)) return 'body';
  return code.length <= 3 ? 'country' : `role-${code.slice(3, 6)}`;
}

/** Whether the candidate is a side of another of the sentence's events, as its source or its target. */
function otherEventRoles(context: SideContext, candidate: ActorMention): string[] {
  const roles = new Set<string>();
  for (const other of context.events) {
    if (other === context.event) continue;
    if (other.source && other.source.first === candidate.first) roles.add('source');
    if (other.target && other.target.first === candidate.first) roles.add('target');
  }
  return [...roles];
}
