import type { SideModel } from '../../knowledge/events/side-model.ts';
import { isNonStateBody } from './agent-roles.ts';
import type { Sentence, Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { mentionWithCountry } from './country-of-countryless.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { logisticProbability } from './logistic-model.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { nearestCandidates, sideFeatures, type EventSide, type SideContext } from './side-features.ts';

/** A sentence's coded events, after every rule step, with the actors the sentence names. */
export interface SideChoiceInput {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly mentions: readonly ActorMention[];
  readonly events: readonly SentenceEvent[];
}

/** Rewrites the sides of a sentence's coded events; never adds or drops an event. Training passes a recorder. */
export interface SideChooser {
  choose(input: SideChoiceInput): readonly SentenceEvent[];
}

/** One candidate for one side of one event, with its features; `isRule` when it is the rules' choice, code and all. */
interface SideOption {
  readonly mention: ActorMention;
  readonly features: readonly string[];
  readonly isRule: boolean;
}

/** The candidates of one side of one event; `isOpen` when the rules left it without a country. */
export interface SideOptions {
  readonly side: EventSide;
  readonly isOpen: boolean;
  readonly options: readonly SideOption[];
}

const SIDES: readonly EventSide[] = ['source', 'target'];

/** Whether the rules left a side without a country: no coded actor, or a countryless role (`---MIL`). */
function isOpenSide(event: SentenceEvent, side: EventSide): boolean {
  if (side === 'source' && event.isSourceUnknown === true) return false;
  if (side === 'target' && event.isTargetless === true) return false;
  const code = event[side]?.code;
  return code === undefined || code.startsWith('---');
}

/**
 * The candidates of both sides of an event: the sentence's actors with a country and the sides the rules gave any of
 * its events (a step may have lent an unnamed agent a country), each once. A side marked unknown or target-less has none.
 */
export function sideOptions(input: SideChoiceInput, event: SentenceEvent, sides: readonly EventSide[] = SIDES, candidates: readonly ActorMention[] = candidateMentions(input)): SideOptions[] {
  const result: SideOptions[] = [];
  const nearest = nearestCandidates(candidates, event);
  for (const side of sides) {
    if (!hasSide(event, side)) continue;
    const isOpen = isOpenSide(event, side);
    const context: SideContext = { tokens: input.tokens, sentence: input.sentence, events: input.events, event, side, candidates, nearest, isOpen };
    const chosen = event[side];
    const options = candidates.map((mention) => {
      // The model was fitted on "the rules' words, the rules' country" (first three letters); a choice that repeats the
      // rules' side must repeat its whole code (SYRMIL is not SYRGOV).
      const isRuleCountry = chosen !== undefined && chosen.first === mention.first && chosen.last === mention.last && (chosen.code ?? '').slice(0, 3) === (mention.code ?? '').slice(0, 3);
      return { mention, features: sideFeatures(context, mention, isRuleCountry), isRule: isRuleCountry && chosen.code === mention.code };
    });
    result.push({ side, isOpen, options });
  }
  return result;
}

/** Whether the event has that side at all: an unknown doer or a target-less act has none to fill. */
function hasSide(event: SentenceEvent, side: EventSide): boolean {
  return side === 'source' ? event.isSourceUnknown !== true : event.isTargetless !== true;
}

/** The sentence's candidates, each once, in sentence order: `nearestCandidates` and the `first=` feature rely on it. */
export function candidateMentions(input: SideChoiceInput): ActorMention[] {
  const seen = new Map<string, ActorMention>();
  const add = (mention: ActorMention | undefined): void => {
    if (!mention?.code || mention.code.startsWith('---')) return;
    const key = `${mention.first}:${mention.last}:${mention.code}`;
    if (!seen.has(key)) seen.set(key, mention);
  };
  for (const mention of input.mentions) add(mention);
  for (const event of input.events) {
    add(event.source);
    add(event.target);
  }
  return [...seen.values()].sort((a, b) => a.first - b.first || a.last - b.last);
}

/** The model's probability that a candidate is the side a coder would write. */
function sideProbability(model: SideModel, features: readonly string[]): number {
  return logisticProbability(model.weights, features);
}

/**
 * The trained chooser: an open side of an event whose other side the rules found takes the most probable candidate
 * when it reaches the threshold; a side the rules filled changes only when another candidate beats the rules' choice by
 * the margin. An open countryless role (`---MIL`) keeps its role under the country it is given. A changed event's rule
 * gains `+learned-side`.
 */
export function modelSideChooser(model: SideModel, settings: Pick<SideModel, 'threshold' | 'margin'> = model): SideChooser {
  return {
    choose(input) {
      // A filled side that repeats a coding the sentence already holds would add nothing but a duplicate.
      const held = new Set(input.events.flatMap((event) => (isOpenSide(event, 'source') || isOpenSide(event, 'target') ? [] : [codingKey(event)])));
      let candidates: readonly ActorMention[] | undefined;
      return input.events.map((event) => {
        const present = SIDES.filter((side) => hasSide(event, side));
        const open = present.filter((side) => isOpenSide(event, side));
        // A trigger the rules found no actor for on either hand is too often no event at all: it is left open.
        if (open.length === present.length) return event;
        // Features are worked out only for the sides the settings could change: the open ones, unless a margin allows more.
        const scored = settings.margin > 1 ? open : present;
        if (scored.length === 0) return event;
        candidates ??= candidateMentions(input);
        let changed = event;
        for (const { side, isOpen, options } of sideOptions(input, event, scored, candidates)) {
          // Read off the event as changed so far: with a margin under 1 both sides may move, and never onto one actor.
          const otherSide = changed[side === 'source' ? 'target' : 'source'];
          let best: SideOption | undefined;
          let bestProbability = -1;
          let ruleProbability = 0;
          for (const option of options) {
            const probability = sideProbability(model, option.features);
            if (option.isRule) ruleProbability = probability;
            if (otherSide && otherSide.first === option.mention.first && otherSide.last === option.mention.last) continue;
            if (probability > bestProbability) [best, bestProbability] = [option, probability];
          }
          if (!best || best.isRule || bestProbability < settings.threshold) continue;
          if (!isOpen && bestProbability - ruleProbability < settings.margin) continue;
          changed = { ...changed, [side]: withCountryOf(event[side], best.mention), rule: `${event.rule ?? event.pattern.id}+learned-side` };
        }
        if (changed === event) return event;
        const key = codingKey(changed);
        if (held.has(key)) return event;
        held.add(key);
        return changed;
      });
    },
  };
}

/** An event's coding as scoring compares it (root, each side's first three letters): a fill must not repeat one. */
function codingKey(event: SentenceEvent): string {
  const side = (mention: ActorMention | undefined, isNone: boolean | undefined): string => (isNone === true ? '---' : (mention?.code ?? '?').slice(0, 3));
  return `${sentenceEventCode(event).slice(0, 2)}|${side(event.source, event.isSourceUnknown)}|${side(event.target, event.isTargetless)}`;
}

/**
 * "Soldiers" (`---MIL`) given Syria, or Syria's government, become Syria's soldiers (SYRMIL) on their own words, as the
 * rules lend an unnamed agent a country; a side with no actor, or a chosen international body, takes the chosen actor.
 */
function withCountryOf(open: ActorMention | undefined, chosen: ActorMention): ActorMention {
  const code = chosen.code ?? '';
  if (!open?.code?.startsWith('---') || open.code.length === 3 || isNonStateBody(code)) return chosen;
  return mentionWithCountry(open, code.slice(0, 3));
}
