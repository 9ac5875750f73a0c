import type { Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import type { SideChoiceInput } from './learned-sides.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { nearestCandidates, sideFeatures, type EventSide, type SideContext } from './side-features.ts';

/** One (source, target) pair for a learned event; `target` undefined is PETRARCH's `---`, an act with no target. */
export interface PairOption {
  readonly source: ActorMention;
  readonly target: ActorMention | undefined;
  readonly features: readonly string[];
}

// Only the candidates nearest the trigger are paired: a far actor is rarely a side, and pairs grow as the square.
const MAX_CANDIDATES = 8;

/**
 * The candidate pairs of a learned event the rules left without a side, each with its features: every ordered pair of
 * two of the sentence's coded actors (not the same code twice), and each actor with no target. Each actor's features
 * for each side are the side-chooser's (`sideFeatures`, read as an open side of an event with no side), worked out once
 * per actor and side; the pair adds the actors' order, where each stands, whether one is the rules' own side, and,
 * for a pair with no target, the root.
 */
export function pairOptions(input: SideChoiceInput, event: SentenceEvent, candidates: readonly ActorMention[]): PairOption[] {
  const near = [...candidates].sort((a, b) => distanceTo(event, a) - distanceTo(event, b)).slice(0, MAX_CANDIDATES).sort((a, b) => a.first - b.first);
  if (near.length === 0) return [];
  const bare = withoutSides(event);
  const root = sentenceEventCode(event).slice(0, 2);
  const origin = event.source?.code !== undefined || event.target?.code !== undefined ? 'one-side' : 'no-side';
  const featuresOf = (side: EventSide): string[][] => {
    const context: SideContext = { tokens: input.tokens, sentence: input.sentence, events: input.events, event: bare, side, candidates: near, nearest: nearestCandidates(near, bare), isOpen: true };
    return near.map((mention) => sideFeatures(context, mention, false).filter((feature) => feature !== 'bias').concat(subjectFeatures(input.tokens, event, mention, side, root), ruleSideFeatures(event, mention, side)));
  };
  const asSource = featuresOf('source');
  const asTarget = featuresOf('target');
  const options: PairOption[] = [];
  for (const [s, source] of near.entries()) {
    const at = placeOf(event, source);
    const common = ['bias', `origin=${origin}`, `origin=${origin}|root=${root}`];
    options.push({ source, target: undefined, features: [...common, ...(asSource[s] ?? []), 'no-target', `no-target|root=${root}`, `no-target|source-at=${at}`, `no-target|origin=${origin}`] });
    for (const [t, target] of near.entries()) {
      if (t === s || target.code === source.code) continue;
      const order = source.first < target.first ? 'source-first' : 'target-first';
      const places = `${at}|${placeOf(event, target)}`;
      const sameCountry = (source.code ?? '').slice(0, 3) === (target.code ?? '').slice(0, 3);
      options.push({ source, target, features: [...common, ...(asSource[s] ?? []), ...(asTarget[t] ?? []), `order=${order}`, `places=${places}`, `places=${places}|root=${root}`, `same-country=${sameCountry}`, `adjacent=${Math.abs(s - t) === 1}`] });
    }
  }
  return options;
}

/** The event with no side at all: what the pair features read the side-chooser's features of, and what a pair fills. */
export function withoutSides(event: SentenceEvent): SentenceEvent {
  const { source: _source, target: _target, isTargetless: _targetless, isSourceUnknown: _unknown, ...rest } = event;
  return rest;
}

function distanceTo(event: SentenceEvent, mention: ActorMention): number {
  return mention.last < event.trigger ? event.trigger - mention.last : mention.first > event.lastWord ? mention.first - event.lastWord : 0;
}

function placeOf(event: SentenceEvent, mention: ActorMention): string {
  return mention.last < event.trigger ? 'before' : mention.first > event.lastWord ? 'after' : 'inside';
}

/**
 * Whether an actor before the trigger stands where a subject would: no verb between it and the trigger, and no
 * preposition just before it ("by", "with" and the like already show in the side features' `prev=`).
 */
function subjectFeatures(tokens: readonly Token[], event: SentenceEvent, mention: ActorMention, side: EventSide, root: string): string[] {
  if (mention.last >= event.trigger) return [];
  let hasVerb = false;
  for (let index = mention.last + 1; index < event.trigger && !hasVerb; index++) hasVerb = tokens[index]?.pos === 'VERB';
  const isSubjectLike = !hasVerb && tokens[mention.first - 1]?.pos !== 'ADP';
  return [`${side}|subject-like=${isSubjectLike}`, `${side}|subject-like=${isSubjectLike}|root=${root}`];
}

/** Whether the actor is the side the rules did find for this event, on that side or the other. */
function ruleSideFeatures(event: SentenceEvent, mention: ActorMention, side: EventSide): string[] {
  const same = (other: ActorMention | undefined): boolean => other !== undefined && other.first === mention.first && other.last === mention.last;
  const features: string[] = [];
  if (same(event[side])) features.push(`${side}|rules-side`);
  if (same(event[side === 'source' ? 'target' : 'source'])) features.push(`${side}|rules-other-side`);
  return features;
}
