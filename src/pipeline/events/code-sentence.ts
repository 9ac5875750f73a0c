import type { Modality } from '../../model/event.ts';
import type { Sentence, Token } from '../../model/token.ts';
import { groupMentions, openingGroupOf, type ActorGroup } from './actor-groups.ts';
import { hasVerbBetween } from './clause-shape.ts';
import type { CompiledPattern, PatternIndex } from './event-pattern.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { isForecastPassive } from './forecast-passive.ts';
import { splitJointCodes } from './joint-code.ts';
import { isMeasureOfPassive } from './force-agents.ts';
import { isUnfit } from './fill-pattern-slots.ts';
import { findTriggerObject } from './find-trigger-object.ts';
import { findTrigger, nextPossibleTrigger, type TriggerMatch } from './find-trigger.ts';
import { withImpliedEvents } from './implied-events.ts';
import { isUnjudgedNaming } from './naming-judgement.ts';
import { NO_EVENT } from './parse-tabari-verbs.ts';
import { readTrigger } from './read-trigger.ts';
import { findTriggerSubject } from './find-trigger-subject.ts';
import { findTriggerSides } from './find-trigger-sides.ts';
import { addEvents } from './add-events.ts';
import { codeLearnedTriggers, isWorthProposing, rememberTriggerState, type TriggerProposer, type TriggerState } from './learned-triggers.ts';

/** One coded who-did-what-to-whom in a sentence, before dates, places and claims are attached. */
export interface SentenceEvent {
  readonly pattern: CompiledPattern;
  /** Set when the code differs from the pattern's: its reverse reading ("X visited Y" → Y hosted X) or a stance ("will attack" → 138). */
  readonly code?: string;
  readonly trigger: number;
  readonly lastWord: number;
  readonly source?: ActorMention;
  readonly target?: ActorMention;
  readonly modality: Modality;
  readonly isPassive: boolean;
  /** A protest with no one named as its target ("took to the streets"): PETRARCH's `---` target, not a missing actor. */
  readonly isTargetless?: boolean;
  /** An attack whose doer the report does not know ("was shot dead", "a car bomb exploded"): PETRARCH's `---` source. */
  readonly isSourceUnknown?: boolean;
  /** Set when the event is not the pattern's own act: a demand named inside a rejection, a call made in passing. */
  readonly rule?: string;
  /** How sure the learned trigger proposer was of the trigger, on the events it added (the event filter reads it). */
  readonly proposerProbability?: number;
}

/** Finds triggers left to right (linear in tokens), then fills their subject and object slots with actor groups. */
export function codeSentence(tokens: readonly Token[], sentence: Sentence, named: readonly ActorMention[], patterns: PatternIndex, proposer?: TriggerProposer): readonly SentenceEvent[] {
  // Joint codes come only from TABARI dictionaries: most sentences keep the mentions as they are, with no copy.
  const mentions = splitJointCodes(named);
  const groups = groupMentions(tokens, mentions.filter((mention) => !mention.isCountryless));
  // A sentence with no word a pattern could fire at codes nothing itself: only the implied events' rules read it.
  const first = nextPossibleTrigger(tokens, sentence.firstToken, sentence.lastToken, patterns);
  const learner = proposer && isWorthProposing(proposer, tokens, sentence, named) ? proposer : undefined;
  if (first > sentence.lastToken && !learner) return withImpliedEvents(tokens, sentence, groups, [], patterns);
  const countryless = mentions.some((mention) => mention.isCountryless) ? groupMentions(tokens, mentions) : undefined;
  const inMention = new Set<number>();
  for (const mention of mentions) for (let index = mention.first; index <= mention.last; index++) inMention.add(index);
  const events: SentenceEvent[] = [];
  const consumed = new Set<number>();
  const coded = new Set<string>();
  const isActorAt = (at: number): boolean => inMention.has(at);
  // "Sanctions were imposed on Syria": a noun's preposition past a verb belongs to that verb.
  const isUnfitMatch = (found: TriggerMatch): boolean => isUnfit(tokens, groups, found, sentence.firstToken) || (found.pattern.isNoun === true && found.preposition !== undefined && hasVerbBetween(tokens, found.trigger, found.preposition)) || isMeasureOfPassive(tokens, found) || isUnjudgedNaming(tokens, groups, found) || isForecastPassive(tokens, found);
  // "The Netherlands recalled its envoy…, a step Ankara criticised": an article before the first actor still opens the sentence with it.
  const openingGroup = openingGroupOf(tokens, groups, sentence.firstToken, false);
  const scope: SentenceScope = { tokens, sentence, patterns, groups, countryless, inMention, consumed, coded, events, openingGroup, hasVerbEvent: false, lastSubject: undefined, lastRoot: undefined, lastBuiltinRoot: undefined, lastTarget: undefined, isAfterForceNoun: false, lastTrigger: -1, lastCode: undefined, mishap: undefined };
  const states: TriggerState[] | undefined = learner ? [] : undefined;
  // Only tokens a pattern could fire at enter the loop: V8 allocates the context its closures capture at every entry.
  for (let index = first; index <= sentence.lastToken; index = nextPossibleTrigger(tokens, index + 1, sentence.lastToken, patterns)) {
    if (inMention.has(index) || consumed.has(index)) continue;
    const match = findTrigger(tokens, index, sentence.lastToken, patterns, isActorAt, isUnfitMatch);
    if (!match) continue;
    if (match.pattern.code === NO_EVENT) {
      for (const word of match.words) consumed.add(word);
      continue;
    }
    codeTrigger(scope, match, index);
    if (states) rememberTriggerState(states, scope, index);
  }
  const ruled = withImpliedEvents(tokens, sentence, groups, events, patterns);
  // Triggers a trained model proposes where the rules found none of their root (the `learnedTriggers` option).
  return learner && states ? codeLearnedTriggers(scope, ruled, states, learner, codeTrigger) : ruled;
}

/**
 * What the triggers of one sentence share: its actors, and what the triggers coded before the current one left behind.
 * One object of one shape per sentence, so that each step of `codeTrigger` is a small function of its own (compiled
 * early and cheaply by V8, where one loop body of 15 kB of bytecode stayed unoptimised through the first 300 articles).
 */
export interface SentenceScope {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly patterns: PatternIndex;
  readonly groups: readonly ActorGroup[];
  readonly countryless: readonly ActorGroup[] | undefined;
  readonly inMention: ReadonlySet<number>;
  readonly consumed: Set<number>;
  readonly coded: Set<string>;
  readonly events: SentenceEvent[];
  /** "The Taliban ordered…, a decision the UN condemned": with no event coded yet, a move's maker is the sentence's opening actor. */
  readonly openingGroup: ActorGroup | undefined;
  hasVerbEvent: boolean;
  lastSubject: ActorGroup | undefined;
  lastRoot: string | undefined;
  lastBuiltinRoot: string | undefined;
  lastTarget: ActorGroup | undefined;
  isAfterForceNoun: boolean;
  lastTrigger: number;
  lastCode: string | undefined;
  /** Whether the sentence tells of an accident or a disaster (`hasMishapIn`), read when an event is first coded. */
  mishap: boolean | undefined;
}

/** Codes one trigger's events into `scope.events`, or none when a rule says the trigger is no event of its own here. */
function codeTrigger(scope: SentenceScope, match: TriggerMatch, index: number): void {
  const reading = readTrigger(scope, match, index);
  if (!reading) return;
  const agent = findTriggerSubject(scope, match, index, reading);
  if (!agent) return;
  const found = findTriggerObject(scope, match, index, agent.subject, agent.isPassive, reading);
  if (!found) return;
  const sides = findTriggerSides(scope, match, index, reading, agent, found);
  if (sides) addEvents(scope, match, index, reading, agent, found, sides);
}
