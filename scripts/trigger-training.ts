// What `npm run train:triggers` records and labels: the candidate tokens the rules left, their weak labels, and the
// oracle proposer that bounds what any trigger model could add through the rules' side-finding.
import type { Token } from '../src/model/token.ts';
import { BUILTIN_PATTERNS } from '../src/pipeline/events/builtin-patterns.ts';
import { modelTriggerProposer, type CodedSentenceView, type ProposedTrigger, type TriggerProposer } from '../src/pipeline/events/learned-triggers.ts';
import { trainTriggerModel } from '../src/pipeline/events/train-trigger-model.ts';
import { firstReportingToken, isTriggerCandidate, triggerFeatures } from '../src/pipeline/events/trigger-features.ts';
import { labelTriggers, type LabelledCandidate, type TriggerCandidate, type TriggerTrainingSentence } from '../src/pipeline/events/weak-trigger-labels.ts';
import { labelGoldTriggers, type GoldTrigger } from '../src/pipeline/events/gold-trigger-labels.ts';
import { triggerLabelStart } from '../src/pipeline/events/trigger-label-token.ts';
import type { GoldSentence } from '../src/cli/eval/events.ts';
import { emptyEventCounts, scoreSentence, type EventCoding, type EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import type { RecordedCoding } from '../src/pipeline/events/train-event-filter.ts';
import type { SideChooser } from '../src/pipeline/events/learned-sides.ts';
import type { TrainingExample } from '../src/pipeline/events/logistic-model.ts';
import { labelSides, recordSides, type RecordedEvent } from '../src/pipeline/events/train-side-model.ts';
import type { EventReplay } from './event-replay.ts';

/** Where the labels come from: the coders' trigger words (`real`), or L7's weak labels read off the gold codes. */
export type TriggerLabelSource = 'real' | 'weak';

/** A recorded sentence with its coders' triggers found in the text (codings without a findable label add none). */
export interface LabelledTrainingSentence extends TriggerTrainingSentence {
  readonly goldTriggers: readonly GoldTrigger[];
}

/** A gold sentence's trigger labels, found in its text. */
export function goldTriggersOf(sentence: GoldSentence): GoldTrigger[] {
  return sentence.codings.flatMap((coding) => {
    const found = triggerLabelStart(sentence.text, coding);
    return 'start' in found ? [{ start: found.start, code: coding.code }] : [];
  });
}

/** A proposer that proposes nothing and hands every candidate token of the sentence, with the root a rule coded at it, to `record`. */
export function recordingProposer(record: (candidate: TriggerCandidate) => void): TriggerProposer {
  return {
    propose({ tokens, sentence, inMention, consumed, events }: CodedSentenceView) {
      const reportedFrom = firstReportingToken(tokens, sentence);
      for (let index = sentence.firstToken; index <= sentence.lastToken; index++) {
        if (consumed.has(index) || !isTriggerCandidate(tokens, index, inMention)) continue;
        const rule = events.find((event) => event.trigger === index);
        const ruleRoot = rule ? (rule.code ?? rule.pattern.code).slice(0, 2) : undefined;
        record({ lemma: tokens[index]?.lemma ?? '', ...(tokens[index] ? { span: (tokens[index] as Token).span } : {}), features: triggerFeatures(tokens, index, sentence, inMention, reportedFrom), ...(ruleRoot ? { ruleRoot } : {}) });
      }
      return [];
    },
  };
}

/** The roots each lemma triggers in a built-in pattern row: a missed gold root goes first to such a lemma (L1's "patterns" labels). */
export function patternRoots(): ReadonlyMap<string, ReadonlySet<string>> {
  const roots = new Map<string, Set<string>>();
  for (const pattern of BUILTIN_PATTERNS) {
    for (const lemma of pattern.phrase.split(' ')[0]?.split('|') ?? []) roots.set(lemma, (roots.get(lemma) ?? new Set()).add(pattern.code.slice(0, 2)));
  }
  return roots;
}

/** The labelled candidates of the recorded sentences: the coders' triggers, or the weak labels (EM association 0.05, pattern rows first). */
export function triggerExamples(sentences: readonly LabelledTrainingSentence[], roots: ReadonlyMap<string, ReadonlySet<string>>, source: TriggerLabelSource = 'real'): LabelledCandidate[] {
  return source === 'real' ? sentences.flatMap(({ candidates, goldTriggers }) => labelGoldTriggers(candidates, goldTriggers)) : labelTriggers(sentences, 0.05, roots);
}

/**
 * Proposes a set's own gold labels (the coders' triggers, or the weak labels) at the candidates they were given to (the bound of any trigger model);
 * `startSentence(at)` is called before each gold sentence is coded.
 */
export function oracleProposer(sentences: readonly LabelledTrainingSentence[], roots: ReadonlyMap<string, ReadonlySet<string>>, keepsOneSided: boolean, source: TriggerLabelSource = 'real'): { proposer: TriggerProposer; startSentence: (at: number) => void } {
  const labels = triggerExamples(sentences, roots, source);
  const perSentence: LabelledCandidate[][] = [];
  let offset = 0;
  for (const sentence of sentences) {
    perSentence.push(labels.slice(offset, offset + sentence.candidates.length));
    offset += sentence.candidates.length;
  }
  let queue: LabelledCandidate[] = [];
  const propose = ({ tokens, sentence, inMention, consumed }: { tokens: readonly Token[]; sentence: CodedSentenceView['sentence']; inMention: ReadonlySet<number>; consumed: ReadonlySet<number> }): ProposedTrigger[] => {
    const proposals: ProposedTrigger[] = [];
    for (let index = sentence.firstToken; index <= sentence.lastToken; index++) {
      if (consumed.has(index) || !isTriggerCandidate(tokens, index, inMention)) continue;
      const label = queue.shift();
      if (label && label.root !== 'NONE') proposals.push({ index, code: label.code ?? `${label.root}0`, probability: 1 });
    }
    return proposals;
  };
  return { proposer: { propose, ...(keepsOneSided ? { keepsOneSided: true } : {}) }, startSentence: (at) => (queue = [...(perSentence[at] ?? [])]) };
}

/** A coding the filter's recorder saw, with the probability of the proposal behind it (2 for the rules' own events). */
export interface ScoredCoding extends RecordedCoding {
  readonly proposal: number;
  /** Whether the filter leaves it alone at run time (`isLeftAlone`), so that a re-count drops what the filter would. */
  readonly isSpared: boolean;
}

/** A gold sentence's codings and what the pipeline coded for it, as the filter's recorder saw them. */
export interface CodedSentence {
  readonly gold: readonly EventCoding[];
  readonly codings: readonly ScoredCoding[];
}

/** Held-out counts of a set's coded sentences keeping the codings `keep` accepts (an offline re-count). */
export function recount(coded: readonly CodedSentence[], keep: (coding: ScoredCoding) => boolean): EventScoreCounts {
  const counts = emptyEventCounts();
  for (const { gold, codings } of coded) scoreSentence(gold, codings.filter(keep).map((coding) => ({ code: coding.root, source: coding.source, target: coding.target })), counts);
  return counts;
}

/**
 * The rules alone over the replayed sets, recording per set the proposer's candidates (with each sentence's gold codes and
 * triggers) and the side-chooser's labelled examples: what `cv:trigger-labels` and `train:pairs` train their folds from.
 */
export function recordRulesAloneForTriggers(replay: EventReplay): { candidates: Map<string, LabelledTrainingSentence[]>; sideExamples: Map<string, TrainingExample[]>; rulesAlone: Map<string, EventScoreCounts> } {
  let triggers: TriggerCandidate[] = [];
  let sides: RecordedEvent[] = [];
  const triggerProposer = recordingProposer((candidate) => triggers.push(candidate));
  const sideChooser: SideChooser = {
    choose(input) {
      for (const event of input.events) sides.push(recordSides(input, event));
      return input.events;
    },
  };
  const candidates = new Map<string, LabelledTrainingSentence[]>();
  const sideExamples = new Map<string, TrainingExample[]>();
  const rulesAlone = new Map<string, EventScoreCounts>();
  for (const set of replay.sets) {
    const recorded: LabelledTrainingSentence[] = [];
    const labelled: TrainingExample[] = [];
    rulesAlone.set(set.name, replay.score(set, { triggerProposer, sideChooser }, ({ gold }) => {
      recorded.push({ candidates: triggers, goldCodes: gold.codings.map((coding) => coding.code), goldTriggers: goldTriggersOf(gold) });
      labelled.push(...labelSides(sides, gold.codings));
      triggers = [];
      sides = [];
    }));
    candidates.set(set.name, recorded);
    sideExamples.set(set.name, labelled);
  }
  return { candidates, sideExamples, rulesAlone };
}

/**
 * Each set's trigger proposer trained on the other sets' candidates (out-of-fold): what the stages after the proposer
 * are trained behind, so that their training events carry proposals as good as on new text, not the better ones a
 * proposer makes on the sentences it was fitted to.
 */
export function outOfFoldProposers(candidates: ReadonlyMap<string, readonly LabelledTrainingSentence[]>, names: readonly string[], threshold: number): Map<string, TriggerProposer> {
  const roots = patternRoots();
  return new Map(names.map((name) => {
    const pool = names.filter((other) => other !== name);
    return [name, modelTriggerProposer(trainTriggerModel(triggerExamples(pool.flatMap((other) => candidates.get(other) ?? []), roots)), threshold)] as const;
  }));
}
