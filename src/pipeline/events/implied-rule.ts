import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import type { SentenceWords } from './sentence-words.ts';

/** A rule that implies events from a sentence's words, groups and coded events (implied-events.ts runs them). */
export type ImpliedRule = (tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex) => SentenceEvent[];

/**
 * A rule and when it runs. `anchors` are the sentence word sets the rule needs, each of them: a sentence without them
 * (most) does not call the rule at all, so a rare rule is neither run nor compiled. The rule does not test them again;
 * a gated rule's module exports its entry, so its anchors are written once, beside it.
 */
export interface ImpliedRuleEntry {
  readonly imply: ImpliedRule;
  readonly needsEvents: boolean;
  readonly anchors: readonly SentenceWords[];
}
