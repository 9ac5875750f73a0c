import { builtinFile } from '../builtin-file.ts';
import { isTrainedOnList, weightsModelFile } from './weights-model-file.ts';

/**
 * A binary logistic regression over the features of one candidate (source, target) pair for an event the trigger
 * proposer made and the rules found no sides for (see the events stage's `pair-features.ts`): how likely that pair is
 * the one a careful coder would write. Trained by `npm run train:pairs`; `MODEL.md` beside it says on what.
 */
export interface PairModel {
  readonly kind: 'pair-model';
  /** The probability the best pair needs to be taken; under it the proposal is dropped. */
  readonly threshold: number;
  /** The event sets (file names without `.xml`) it was fitted on: scores on them are training-set figures. */
  readonly trainedOn?: readonly string[];
  /** Per feature, its weight (small weights pruned). */
  readonly weights: Readonly<Record<string, number>>;
}

/** The committed model, and the reader and writer of such files, typed for this model (`weightsModelFile`). */
export const { builtin: BUILTIN_PAIR_MODEL, load: loadPairModel, save: savePairModel } = weightsModelFile<PairModel>(builtinFile(import.meta.url, 'pair-model.json'), {
  label: 'pair model',
  kind: 'pair-model',
  expected: 'expected kind "pair-model", a threshold between 0 and 1, numeric weights and, if any, a list of set names it was trained on',
  hint: 'Run `npm run train:pairs` to write it, or pass --no-learned-pairs (TIDINGS_LEARNED_PAIRS=0) to drop proposals the rules find no sides for.',
  hasSettings: (record) => typeof record['threshold'] === 'number' && record['threshold'] > 0 && record['threshold'] <= 1 && isTrainedOnList(record['trainedOn']),
});
