import type { AnalyzedDocument } from '../model/document.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { SideChooser } from './events/learned-sides.ts';
import type { EventFilter } from './events/event-filter.ts';
import type { TriggerProposer } from './events/learned-triggers.ts';
import type { PairChooser } from './events/learned-pairs.ts';

/** What a stage may add to the document: any annotation layer, plus diagnostics (appended, never replaced). */
export type StagePatch = Partial<Omit<AnalyzedDocument, 'id' | 'text' | 'meta' | 'diagnostics'>> & {
  readonly diagnostics?: readonly Diagnostic[];
};

/** Options fixed when the analyzer is built; stages read what concerns them in `prepare`. */
export interface AnalyzerOptions {
  /** Name of a custom topic model saved by `tidings topics train` (default: the built-in taxonomy). */
  readonly topics?: string;
  /** Extra actor dictionaries (JSON/YAML or TABARI `.actors` files). */
  readonly actorFiles?: readonly string[];
  /** Extra event pattern files. */
  readonly patternFiles?: readonly string[];
  /**
   * Whether the project's own CAMEO patterns code beside the user's (default true). A suite whose verb file codes in a
   * scheme of its own (PETRARCH's unit tests) turns them off: a CAMEO code would mean something else in that scheme.
   */
  readonly builtinPatterns?: boolean;
  /** Discard lists (PETRARCH format): sentences or stories holding one of their phrases code no events. */
  readonly discardFiles?: readonly string[];
  /**
   * Whether a trained model re-reads the sides of coded events (`true`: the built-in model, see
   * `src/knowledge/events/MODEL.md`), or the chooser to use (training and cross-validation pass their own). Default on; `false` leaves the rules' sides as they are.
   */
  readonly learnedSides?: boolean | SideChooser;
  /**
   * Whether a trained model proposes event triggers the rules missed (`true`: the built-in model, see
   * `src/knowledge/events/MODEL.md`), or the proposer to use (training passes its own). Default: `LEARNED_TRIGGERS_BY_DEFAULT`.
   */
  readonly learnedTriggers?: boolean | TriggerProposer;
  /**
   * Whether a trained model gives both sides to the proposer's events the rules found no sides for (`true`: the built-in
   * model, see `src/knowledge/events/MODEL.md`), or the chooser to use (training passes its own). Default:
   * `LEARNED_PAIRS_BY_DEFAULT`; it acts only when `learnedTriggers` is on.
   */
  readonly learnedPairs?: boolean | PairChooser;
  /**
   * Whether a trained model leaves out coded events it doubts (`true`: the built-in model, see
   * `src/knowledge/events/MODEL.md`), or the filter to use (training passes its own). `false` keeps every coded event.
   */
  readonly eventFilter?: boolean | EventFilter;
  /** Directory holding user data such as custom topic models (default `~/.tidings`). */
  readonly dataDir?: string;
}

/**
 * The rules alone: every learned stage off (`--no-learned-triggers --no-learned-sides --no-event-filter`). The event
 * goldens, the trainers' replays and the rules' figures code with it; spread it to add back the one stage under test.
 */
export const RULES_ALONE = { learnedTriggers: false, learnedSides: false, eventFilter: false } as const satisfies AnalyzerOptions;

/**
 * One step of the analysis. `prepare` loads what the stage needs once (weights, gazetteers);
 * `run` is pure: no I/O, no clock, the publication date comes in through `doc.meta`.
 */
export interface Stage<Resources = void> {
  readonly name: string;
  /** Names of stages that must run before this one. */
  readonly needs: readonly string[];
  prepare?(options: AnalyzerOptions): Resources | Promise<Resources>;
  run(doc: AnalyzedDocument, resources: Resources): StagePatch;
}
