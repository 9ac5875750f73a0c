import { scoreCodedSentence, type GoldSentence } from '../src/cli/eval/events.ts';
import type { AnalyzedDocument } from '../src/model/document.ts';
import type { Event } from '../src/model/event.ts';
import { createAnalyzer } from '../src/pipeline/analyzer.ts';
import { codeDocument } from '../src/pipeline/events/code-document.ts';
import type { EventFilter } from '../src/pipeline/events/event-filter.ts';
import { events as eventsStage, type EventResources } from '../src/pipeline/events/events.ts';
import type { PairChooser } from '../src/pipeline/events/learned-pairs.ts';
import type { SideChooser } from '../src/pipeline/events/learned-sides.ts';
import type { TriggerProposer } from '../src/pipeline/events/learned-triggers.ts';
import { emptyEventCounts, type EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import { RULES_ALONE } from '../src/pipeline/stage.ts';

// The trainers code each set many times over (once per fold, and per nested fold), but only the learned stages differ
// between passes and they run inside the events stage, after every stage it reads. So each sentence is analysed once,
// its document kept, and a pass re-runs the events stage alone on it with the pass's side-chooser and filter: the same
// events `eval events` codes (the stage is pure), for about an eighth of the analysis.

/** A gold sentence and its document, analysed once (undefined for an empty text, which `eval events` never analyses). */
export interface AnalysedSentence {
  readonly gold: GoldSentence;
  readonly doc: AnalyzedDocument | undefined;
}

/** A training set, analysed. */
export interface AnalysedSet {
  readonly name: string;
  readonly sentences: readonly AnalysedSentence[];
}

/** The learned stages one pass runs: none is the rules alone. */
export interface LearnedStages {
  readonly pairChooser?: PairChooser;
  readonly sideChooser?: SideChooser;
  readonly eventFilter?: EventFilter;
  /** The trigger proposer of the pass (`cv:trigger-labels`, `train:pairs`); absent, the rules find every trigger. */
  readonly triggerProposer?: TriggerProposer;
}

/** The sets analysed once, and the events stage re-run on them with the learned stages a pass asks for. */
export interface EventReplay {
  readonly sets: readonly AnalysedSet[];
  /** Scores a set with these learned stages; `onSentence` sees each sentence after it is coded. */
  score(set: AnalysedSet, stages: LearnedStages, onSentence?: (sentence: AnalysedSentence, events: readonly Event[]) => void): EventScoreCounts;
}

/** Analyses every sentence of the sets once, as `eval events` does (its date as publication date), the learned stages off. */
export async function analyseSets(sets: readonly { name: string; sentences: readonly GoldSentence[] }[]): Promise<EventReplay> {
  const analyzer = await createAnalyzer(RULES_ALONE);
  const base = (await eventsStage.prepare?.(RULES_ALONE)) as EventResources;
  const analysed = sets.map(({ name, sentences }) => ({
    name,
    sentences: sentences.map((gold) => ({ gold, doc: gold.text.trim() === '' ? undefined : analyzer.analyze(gold.text, gold.date ? { published: gold.date } : {}) })),
  }));
  return {
    sets: analysed,
    score(set, stages, onSentence) {
      const resources: EventResources = { ...base, ...stages };
      const counts = emptyEventCounts();
      for (const sentence of set.sentences) {
        const coded = sentence.doc ? codeDocument(sentence.doc, resources) : [];
        scoreCodedSentence(sentence.gold, sentence.doc, coded, counts);
        onSentence?.(sentence, coded);
      }
      return counts;
    },
  };
}
