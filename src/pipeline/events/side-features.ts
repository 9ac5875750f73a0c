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
  readonly event: SentenceEvent;
  /** Every candidate of this side, in sentence order. */
  readonly candidates: readonly ActorMention[];
  /** The candidates nearest the trigger on each hand of it (`nearestCandidates`), worked out once per event. */
  readonly nearest: NearestCandidates;
  /** The features that depend only on the event and side (`sideParts`), built once for all its candidates. */
  readonly parts: SideParts;
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

/** Where a candidate stands to the trigger. */
type Placement = 'before' | 'after' | 'inside';

/** What an event gives every candidate of both its sides alike, read once per event rather than once per candidate. */
export interface EventParts {
  readonly event: SentenceEvent;
  readonly root: string;
  readonly shape: string;
  readonly lemma: string;
  readonly rule: string;
  /** The sides other events of the sentence give each word a candidate starts at (`elsewhere=`); none for a lone event. */
  readonly roles: ReadonlyMap<number, EventSide[]> | undefined;
}

/** The features of one placement that no candidate changes. */
interface PlacementParts {
  readonly at: string;
  readonly shape: string;
  readonly root: string;
  /** `d=` features by distance bucket + 1 (bucket -1: past the last limit), built when first met. */
  readonly distances: (string | undefined)[];
}

/**
 * The feature strings of one side of an event that every candidate lists: each candidate builds only its own. Strings
 * few candidates list (the rules' choice, the other side's) are built where they are listed, or nothing would be saved.
 */
export interface SideParts {
  readonly prefix: string;
  readonly shape: string;
  readonly rootCode: string;
  readonly roles: EventParts['roles'];
  readonly other: ActorMention | undefined;
  readonly otherCountry: string | undefined;
  readonly bias: string;
  readonly root: string;
  /** By where candidates stand, built for the first candidate standing there: most events have candidates on one hand. */
  readonly placements: { [at in Placement]?: PlacementParts };
  readonly lemma: string;
  readonly eventRule: string;
  readonly otherState: string;
}

/** The event's own parts of its candidates' features: its root, shape, trigger, rule and the sentence's other events. */
export function eventParts(tokens: readonly Token[], events: readonly SentenceEvent[], event: SentenceEvent): EventParts {
  let roles: Map<number, EventSide[]> | undefined;
  // In the events' order, each side once per word: the order the `elsewhere=` features were always listed in.
  const add = (first: number, role: EventSide): void => {
    roles ??= new Map();
    const known = roles.get(first);
    if (!known) roles.set(first, [role]);
    else if (!known.includes(role)) known.push(role);
  };
  for (const other of events) {
    if (other === event) continue;
    if (other.source) add(other.source.first, 'source');
    if (other.target) add(other.target.first, 'target');
  }
  return {
    event,
    root: sentenceEventCode(event).slice(0, 2),
    shape: `${event.isPassive ? 'passive' : 'active'}|${event.pattern.isNoun === true ? 'noun' : 'verb'}`,
    lemma: tokens[event.trigger]?.lemma ?? '',
    rule: event.rule ?? event.pattern.id,
    roles,
  };
}

/** The strings of an event's side shared by all its candidates. */
export function sideParts(parts: EventParts, side: EventSide, isOpen: boolean): SideParts {
  const { event, root, shape } = parts;
  const other = event[side === 'source' ? 'target' : 'source'];
  // Open and held sides are told apart on every feature: in effect two models, one filling and one second-guessing.
  const s = `${isOpen ? 'open' : 'held'}|${side}`;
  return {
    prefix: s,
    shape,
    rootCode: root,
    roles: parts.roles,
    other,
    otherCountry: other?.code?.slice(0, 3),
    bias: `${s}|bias`,
    root: `${s}|root=${root}`,
    placements: {},
    lemma: `${s}|lemma=${parts.lemma}`,
    eventRule: `${s}|rule=${parts.rule}`,
    otherState: `${s}|other=${other?.code === undefined ? 'open' : other.code.startsWith('---') ? 'countryless' : 'coded'}`,
  };
}

/** The strings of one placement of a side's candidates, built once per side and placement. */
function placementParts(parts: SideParts, at: Placement): PlacementParts {
  const s = parts.prefix;
  return (parts.placements[at] ??= { at: `${s}|at=${at}`, shape: `${s}|at=${at}|${parts.shape}`, root: `${s}|at=${at}|root=${parts.rootCode}`, distances: [] });
}

/**
 * The features of one candidate actor for one side of a coded event: where it stands to the trigger, the words around
 * it, what kind of actor it is, whether the rules chose it (`isRuleCountry`: their words, with its country), and the
 * event's root. The same function runs at training and at run time, so the model reads exactly what it was fitted on;
 * the order of the list is kept too, as training sums a row's weights in that order.
 */
export function sideFeatures(context: SideContext, candidate: ActorMention, isRuleCountry: boolean): string[] {
  const { tokens, event, parts } = context;
  const { prefix: s, other } = parts;
  const code = candidate.code ?? '';
  const at: Placement = candidate.last < event.trigger ? 'before' : candidate.first > event.lastWord ? 'after' : 'inside';
  const placed = placementParts(parts, at);
  const distance = at === 'before' ? event.trigger - candidate.last : at === 'after' ? candidate.first - event.lastWord : 0;
  const bucket = DISTANCES.findIndex((limit) => distance <= limit);
  const distanceFeature = (placed.distances[bucket + 1] ??= `${placed.at}|d=${bucket}`);
  const previous = tokens[candidate.first - 1];
  const next = tokens[candidate.last + 1];
  const before = previous && previous.lemma !== undefined && candidate.first > context.sentence.firstToken ? (MARKED_BEFORE.has(previous.lemma) ? previous.lemma : previous.pos) : 'START';
  const after = next && candidate.last < context.sentence.lastToken ? (MARKED_AFTER.has(next.text.toLowerCase()) ? next.text.toLowerCase() : next.pos) : 'END';
  const [from, to] = at === 'before' ? [candidate.last + 1, event.trigger - 1] : [event.lastWord + 1, candidate.first - 1];
  const between = betweenMarks(tokens, from, to);
  const kind = mentionKind(candidate);
  const nearest = at === 'before' ? context.nearest.before : at === 'after' ? context.nearest.after : undefined;
  const isFirst = context.candidates[0] === candidate;
  const features = [
    'bias',
    parts.bias,
    placed.at,
    distanceFeature,
    placed.shape,
    placed.root,
    `${s}|prev=${before}`,
    `${s}|prev=${before}|at=${at}`,
    `${s}|next=${after}`,
    `${s}|next=${after}|at=${at}`,
    `${s}|kind=${kind}`,
    `${s}|kind=${kind}|at=${at}`,
    `${s}|kind=${kind}|root=${parts.rootCode}`,
    parts.root,
    `${s}|nearest=${nearest === candidate}|at=${at}`,
    `${s}|first=${isFirst}`,
    `${s}|first=${isFirst}|at=${at}`,
  ];
  for (const mark of between) features.push(`${s}|between=${mark}|at=${at}`);
  if (isRuleCountry) features.push(`${s}|rule`, `${s}|rule|root=${parts.rootCode}`, `${s}|rule|${parts.shape}`);
  if (parts.otherCountry !== undefined && parts.otherCountry === code.slice(0, 3)) features.push(`${s}|other-country`);
  if (other?.code !== undefined && other.code === code) features.push(`${s}|other-code`);
  // Which trigger and which rule made the event: some of them make events a coder would not write at all.
  features.push(parts.lemma, parts.eventRule, parts.otherState);
  if (other !== undefined && other.first === candidate.first && other.last === candidate.last) features.push(`${s}|other-span`);
  for (const role of parts.roles?.get(candidate.first) ?? NO_ROLES) features.push(`${s}|elsewhere=${role}`);
  return features;
}

const NO_ROLES: readonly EventSide[] = [];

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
