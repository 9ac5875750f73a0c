import type { Sentence, Token } from '../../model/token.ts';
import type { SentenceEvent, SentenceScope } from './code-sentence.ts';
import type { CompiledPattern, PatternIndex } from './event-pattern.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { compileTriggerModel, guessTriggerRootAt, proposedCode, type TriggerClassifier } from './trigger-classifier.ts';
import { firstReportingToken, isTriggerCandidate } from './trigger-features.ts';
import type { TriggerModel } from '../../knowledge/events/trigger-model.ts';

/** A token the rules left uncoded that may still be an event's trigger, with the code it would have. */
export interface ProposedTrigger {
  readonly index: number;
  readonly code: string;
  readonly probability: number;
}

/** What a proposer sees of a sentence once the rules have coded it. */
export interface CodedSentenceView {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly inMention: ReadonlySet<number>;
  /** Tokens a rule's pattern used up. */
  readonly consumed: ReadonlySet<number>;
  readonly events: readonly SentenceEvent[];
}

/** Proposes triggers the rules missed; the rules then look for their sides. Training passes one that only records. */
export interface TriggerProposer {
  propose(view: CodedSentenceView): readonly ProposedTrigger[];
  /** A cheap look before the sentence is set up for proposals: false when no token could be proposed. */
  mayPropose?(tokens: readonly Token[], sentence: Sentence): boolean;
  /**
   * Whether an event the rules found one coded side of is kept for the side-chooser to complete (dropped after it,
   * by `withoutUnfinishedLearned`, if it could not); otherwise the rules must find both.
   */
  readonly keepsOneSided?: boolean;
  /**
   * Whether every proposal is kept for the pair chooser (`learned-pairs.ts`) to give sides to: one the rules found no
   * side for, and one whose reading the rules refused (kept as a bare event at its token). Set when the pair chooser is on.
   */
  readonly keepsUnsided?: boolean;
}

/** Whether a sentence is worth the proposer's time: a learned event needs a coded actor as one of its sides. */
export function isWorthProposing(proposer: TriggerProposer, tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[]): boolean {
  return mentions.some((mention) => mention.code !== undefined) && (proposer.mayPropose?.(tokens, sentence) ?? true);
}

/** The proposer of a trained model: each candidate token whose best root is likely enough and not coded yet. */
export function modelTriggerProposer(model: TriggerModel, threshold?: number): TriggerProposer {
  const classifier = compileTriggerModel(model, threshold);
  return {
    ...(model.keepsOneSided ? { keepsOneSided: true } : {}),
    propose: (view) => proposeFromClassifier(classifier, view),
    mayPropose: (tokens, sentence) => {
      // Only a verb or noun with a scored lemma can be proposed (the mention set is not built yet, so mentions' tokens
      // pass here; `propose` drops them); the tag is tested first, as it is cheaper than the lemma's look-up.
      for (let index = sentence.firstToken; index <= sentence.lastToken; index++) if (isTriggerCandidate(tokens, index, NO_MENTIONS) && classifier.lemmas.has(tokens[index]?.lemma ?? '')) return true;
      return false;
    },
  };
}

const NO_MENTIONS: ReadonlySet<number> = new Set();

function proposeFromClassifier(classifier: TriggerClassifier, { tokens, sentence, inMention, consumed, events }: CodedSentenceView): ProposedTrigger[] {
  const proposals: ProposedTrigger[] = [];
  let reportedFrom: number | undefined;
  for (let index = sentence.firstToken; index <= sentence.lastToken; index++) {
    const lemma = tokens[index]?.lemma ?? '';
    // Only verbs and nouns whose lemmas were seen as triggers in training are scored (the tag is the cheaper test).
    if (!isTriggerCandidate(tokens, index, inMention) || !classifier.lemmas.has(lemma) || consumed.has(index) || isRuleTrigger(events, index)) continue;
    reportedFrom ??= firstReportingToken(tokens, sentence);
    const guess = guessTriggerRootAt(classifier, tokens, index, sentence, inMention, reportedFrom);
    if (!guess || guess.probability < classifier.threshold || hasRoot(events, guess.root)) continue;
    proposals.push({ index, code: proposedCode(classifier, lemma, guess.root), probability: guess.probability });
  }
  return proposals;
}

/** "expelled the ambassador" coded 166 by a row: the token is read, and the model's 174 for it would be a second reading. */
function isRuleTrigger(events: readonly SentenceEvent[], index: number): boolean {
  return events.some((event) => event.trigger <= index && index <= event.lastWord);
}

function hasRoot(events: readonly SentenceEvent[], root: string): boolean {
  return events.some((event) => sentenceEventCode(event).startsWith(root));
}

/**
 * Codes the proposer's triggers through the rules' own steps (`codeTrigger`: reading, subject, object, sides), keeping
 * an event only where the rules found both its sides as coded actors, or a source for an act that has no target by nature.
 */
export function codeLearnedTriggers(scope: SentenceScope, coded: readonly SentenceEvent[], states: readonly TriggerState[], proposer: TriggerProposer, codeTrigger: (scope: SentenceScope, match: TriggerMatch, index: number) => void): readonly SentenceEvent[] {
  const { tokens, events } = scope;
  // `coded` holds the loop's events and those the implied-event rules added after it; `events` gains the learned ones.
  const first = events.length;
  for (const proposal of proposer.propose({ ...scope, events: coded })) {
    // An earlier proposal of the sentence may have coded the root since.
    if (hasRoot(coded, proposal.code.slice(0, 2)) || hasRoot(events.slice(first), proposal.code.slice(0, 2))) continue;
    // The rules read a trigger by what the triggers before it left ("to protest" after a summons restates it): a
    // proposal is read as if the loop had reached its token.
    restoreTriggerState(scope, states.findLast((state) => state.index < proposal.index) ?? INITIAL_STATE);
    const token = tokens[proposal.index] as Token;
    const before = events.length;
    const pattern = learnedPattern(scope.patterns, token, proposal.code);
    codeTrigger(scope, { pattern, trigger: proposal.index, lastWord: proposal.index, words: [] }, proposal.index);
    if (proposer.keepsUnsided) {
      // Every proposal is kept for the pair chooser, one whose reading the rules refused as a bare event at its token.
      if (events.length === before) events.push({ pattern, trigger: proposal.index, lastWord: proposal.index, modality: 'happened', isPassive: false, rule: `${pattern.id}+refused` });
    } else {
      for (let at = events.length - 1; at >= before; at--) {
        const event = events[at] as SentenceEvent;
        const sides = (hasSource(event) ? 1 : 0) + (hasTarget(event) ? 1 : 0);
        if (sides < (proposer.keepsOneSided ? 1 : 2)) events.splice(at, 1);
      }
    }
    // Every event the proposal kept carries how sure the proposer was (the event filter reads it).
    for (let at = before; at < events.length; at++) events[at] = { ...(events[at] as SentenceEvent), proposerProbability: proposal.probability };
  }
  return events.length === first ? coded : [...coded, ...events.slice(first)];
}

const hasSource = (event: SentenceEvent): boolean => event.source?.code !== undefined || event.isSourceUnknown === true;
const hasTarget = (event: SentenceEvent): boolean => event.target?.code !== undefined || event.isTargetless === true;

/** Whether an event has both sides settled: each coded, or a target-less act, or an unknown doer. */
export const hasSettledSides = (event: SentenceEvent): boolean => hasSource(event) && hasTarget(event);

/** Whether an event is a proposer's that still lacks a settled side (what the pair chooser works on, or what is dropped). */
export const isUnfinishedLearned = (event: SentenceEvent): boolean => event.pattern.isLearned === true && !hasSettledSides(event);

/** The sentence's events without the learned ones still missing a coded side once the side-chooser has read them. */
export function withoutUnfinishedLearned(events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  return events.some(isUnfinishedLearned) ? events.filter((event) => !isUnfinishedLearned(event)) : events;
}

/** The part of a sentence's scope that the coding of each trigger updates for the next one. */
export interface TriggerState {
  readonly index: number;
  readonly hasVerbEvent: boolean;
  readonly lastSubject: SentenceScope['lastSubject'];
  readonly lastRoot: string | undefined;
  readonly lastBuiltinRoot: string | undefined;
  readonly lastTarget: SentenceScope['lastTarget'];
  readonly isAfterForceNoun: boolean;
  readonly lastTrigger: number;
  readonly lastCode: string | undefined;
}

const INITIAL_STATE: Omit<TriggerState, 'index'> = { hasVerbEvent: false, lastSubject: undefined, lastRoot: undefined, lastBuiltinRoot: undefined, lastTarget: undefined, isAfterForceNoun: false, lastTrigger: -1, lastCode: undefined };

/** Keeps the scope's state after the rules coded the trigger at `index` (only when a proposer will read it). */
export function rememberTriggerState(states: TriggerState[], scope: SentenceScope, index: number): void {
  const { hasVerbEvent, lastSubject, lastRoot, lastBuiltinRoot, lastTarget, isAfterForceNoun, lastTrigger, lastCode } = scope;
  states.push({ index, hasVerbEvent, lastSubject, lastRoot, lastBuiltinRoot, lastTarget, isAfterForceNoun, lastTrigger, lastCode });
}

function restoreTriggerState(scope: SentenceScope, state: Omit<TriggerState, 'index'>): void {
  scope.hasVerbEvent = state.hasVerbEvent;
  scope.lastSubject = state.lastSubject;
  scope.lastRoot = state.lastRoot;
  scope.lastBuiltinRoot = state.lastBuiltinRoot;
  scope.lastTarget = state.lastTarget;
  scope.isAfterForceNoun = state.isAfterForceNoun;
  scope.lastTrigger = state.lastTrigger;
  scope.lastCode = state.lastCode;
}

const learnedPatterns = new WeakMap<PatternIndex, Map<string, CompiledPattern>>();

/**
 * A pattern row for a proposed trigger, ruled like the built-in rows of its code (`learned:<code>` as its id): it takes
 * their symmetry and reverse code, so "X and Y met" is coded both ways as a row of 043 would be.
 */
function learnedPattern(patterns: PatternIndex, token: Token, code: string): CompiledPattern {
  let cache = learnedPatterns.get(patterns);
  if (!cache) learnedPatterns.set(patterns, (cache = new Map()));
  const isNoun = token.pos === 'NOUN';
  const key = `${code}|${token.lemma}|${isNoun}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const model = ruleOfCode(patterns, code, isNoun);
  const pattern: CompiledPattern = {
    id: `learned:${code}`,
    code,
    phrase: token.lemma,
    isNoun,
    isBuiltin: true,
    isLearned: true,
    words: [[token.lemma]],
    beforeWords: [],
    targetPrepositions: [],
    ...(model?.isSymmetric ? { isSymmetric: true } : {}),
    ...(model?.reverseCode ? { reverseCode: model.reverseCode } : {}),
  };
  cache.set(key, pattern);
  return pattern;
}

function ruleOfCode(patterns: PatternIndex, code: string, isNoun: boolean): CompiledPattern | undefined {
  let fallback: CompiledPattern | undefined;
  for (const rows of patterns.values()) {
    for (const row of rows) {
      if (row.code !== code || !row.isBuiltin) continue;
      if ((row.isNoun === true) === isNoun) return row;
      fallback ??= row;
    }
  }
  return fallback;
}
