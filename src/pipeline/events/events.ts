import { builtinActorDictionary } from '../../knowledge/actor-dictionary/builtin-actor-dictionary.ts';
import type { ActorDictionary } from '../../knowledge/actor-dictionary/actor-dictionary.ts';
import { loadActorDictionaries } from '../../knowledge/actor-dictionary/load-actor-dictionaries.ts';
import type { AnalyzerOptions, Stage } from '../stage.ts';
import { BUILTIN_PATTERNS } from './builtin-patterns.ts';
import { codeDocument } from './code-document.ts';
import { loadDiscardFiles, type DiscardList } from './discard-list.ts';
import { modelSideChooser, type SideChooser } from './learned-sides.ts';
import { loadSideModel } from '../../knowledge/events/side-model.ts';
import { loadEventFilterModel } from '../../knowledge/events/event-filter-model.ts';
import { modelEventFilter, type EventFilter } from './event-filter.ts';
import { modelTriggerProposer, type TriggerProposer } from './learned-triggers.ts';
import { modelPairChooser, type PairChooser } from './learned-pairs.ts';
import { loadPairModel } from '../../knowledge/events/pair-model.ts';
import { loadTriggerModel } from '../../knowledge/events/trigger-model.ts';
import { compilePattern, indexPatterns, loadPatternFile, type PatternIndex } from './event-pattern.ts';

/** What the events stage loads once: its pattern index and the actor dictionaries. */
export interface EventResources {
  readonly patterns: PatternIndex;
  readonly userActors?: ActorDictionary;
  readonly builtinActors: ActorDictionary;
  /** The user's dictionaries bring their own agent nouns, so the built-in ones stay out. */
  readonly userHasAgents: boolean;
  /** The user's discard lists, when any were given. */
  readonly discards?: DiscardList;
  /** Proposes triggers the rules missed (`learnedTriggers` option); absent, the rules find every trigger. */
  readonly triggerProposer?: TriggerProposer;
  /** Gives both sides to the proposer's events left without them (`learnedPairs` option); absent, they are dropped. */
  readonly pairChooser?: PairChooser;
  /** Rewrites the sides of each sentence's finished events (`learnedSides` option); absent, the rules' sides stand. */
  readonly sideChooser?: SideChooser;
  /** Leaves out events a trained model doubts (`eventFilter` option); absent, every coded event stays. */
  readonly eventFilter?: EventFilter;
}

/** Whether the learned stages run when the caller does not say (cross-validated, see MODEL.md); the eval reads these too. */
export const LEARNED_SIDES_BY_DEFAULT = true;
export const EVENT_FILTER_BY_DEFAULT = true;
export const LEARNED_TRIGGERS_BY_DEFAULT = true;
export const LEARNED_PAIRS_BY_DEFAULT = false;

/**
 * The pair chooser the options ask for, or false while the trigger proposer is off: it gives sides to the proposer's
 * events only. The stage, the eval (which reads the model file only when this is `true`) and the CLI's note read it here.
 */
export function resolveLearnedPairs(options: Pick<AnalyzerOptions, 'learnedTriggers' | 'learnedPairs'>): boolean | PairChooser {
  return (options.learnedTriggers ?? LEARNED_TRIGGERS_BY_DEFAULT) !== false ? (options.learnedPairs ?? LEARNED_PAIRS_BY_DEFAULT) : false;
}

/** Codes CAMEO events from the project's verb/noun patterns over tokens, actors, dates, places and claims. */
export const events: Stage<EventResources> = {
  name: 'events',
  needs: ['claims', 'dates', 'places', 'quantities'],
  prepare(options) {
    const builtin = options.builtinPatterns === false ? [] : BUILTIN_PATTERNS.map((pattern) => Object.assign(compilePattern(pattern, 'the built-in patterns'), { isBuiltin: true }));
    const user = (options.patternFiles ?? []).flatMap(loadPatternFile);
    const actorFiles = options.actorFiles ?? [];
    const userActors = actorFiles.length > 0 ? loadActorDictionaries(actorFiles) : undefined;
    const discardFiles = options.discardFiles ?? [];
    const learnedSides = options.learnedSides ?? LEARNED_SIDES_BY_DEFAULT;
    const eventFilter = options.eventFilter ?? EVENT_FILTER_BY_DEFAULT;
    const learnedTriggers = options.learnedTriggers ?? LEARNED_TRIGGERS_BY_DEFAULT;
    const learnedPairs = resolveLearnedPairs(options);
    // The learned stages read CAMEO codes (see MODEL.md): a suite coding in a scheme of its own (no built-in patterns)
    // keeps them out.
    const hasRules = options.builtinPatterns !== false;
    const pairChooser = learnedPairs !== false && hasRules ? (learnedPairs === true ? modelPairChooser(loadPairModel()) : learnedPairs) : undefined;
    const proposer = learnedTriggers !== false && hasRules ? (learnedTriggers === true ? modelTriggerProposer(loadTriggerModel()) : learnedTriggers) : undefined;
    return {
      patterns: indexPatterns(user, builtin),
      builtinActors: builtinActorDictionary(),
      userHasAgents: userActors?.entries.some((entry) => entry.kind === 'agent') === true,
      ...(userActors ? { userActors } : {}),
      ...(discardFiles.length > 0 ? { discards: loadDiscardFiles(discardFiles) } : {}),
      // With the pair chooser on, the proposer keeps every proposal for it (`keepsUnsided`).
      ...(proposer ? { triggerProposer: pairChooser ? { ...proposer, propose: proposer.propose.bind(proposer), keepsUnsided: true } : proposer } : {}),
      ...(pairChooser ? { pairChooser } : {}),
      ...(learnedSides !== false && hasRules ? { sideChooser: learnedSides === true ? modelSideChooser(loadSideModel()) : learnedSides } : {}),
      ...(eventFilter !== false && hasRules ? { eventFilter: eventFilter === true ? modelEventFilter(loadEventFilterModel()) : eventFilter } : {}),
    };
  },
  run: (doc, resources) => ({ events: codeDocument(doc, resources) }),
};
