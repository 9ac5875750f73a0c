import { builtinFile } from '../builtin-file.ts';
import { isTrainedOnList, weightsModelFile } from './weights-model-file.ts';

/**
 * A binary logistic regression over the features of one candidate actor for one side of a coded event (see the events
 * stage's `side-features.ts`): how likely that actor is the side a careful coder would write. Trained by
 * `npm run train:sides`; `MODEL.md` beside it says on what.
 */
export interface SideModel {
  readonly kind: 'side-model';
  /** The probability a candidate needs to fill a side the rules left open. */
  readonly threshold: number;
  /** How much more probable than the rules' own choice another candidate must be to replace it; above 1, never. */
  readonly margin: number;
  /** The event sets (file names without `.xml`) it was fitted on: scores on them are training-set figures. */
  readonly trainedOn?: readonly string[];
  /** Per feature, its weight (small weights pruned). */
  readonly weights: Readonly<Record<string, number>>;
}

/** The committed model, and the reader and writer of such files, typed for this model (`weightsModelFile`). */
export const { builtin: BUILTIN_SIDE_MODEL, load: loadSideModel, save: saveSideModel } = weightsModelFile<SideModel>(builtinFile(import.meta.url, 'side-model.json'), {
  label: 'side model',
  kind: 'side-model',
  expected: 'expected kind "side-model", a numeric threshold and margin, numeric weights and, if any, a list of set names it was trained on',
  hint: 'Run `npm run train:sides` to write it, or pass --no-learned-sides (TIDINGS_LEARNED_SIDES=0) to leave the rules\' sides as they are.',
  // A missing margin would compare as false and let every candidate replace the rules' sides: each field is checked.
  hasSettings: (record) => Number.isFinite(record['threshold']) && Number.isFinite(record['margin']) && isTrainedOnList(record['trainedOn']),
});
