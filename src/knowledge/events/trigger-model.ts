import { builtinFile } from '../builtin-file.ts';
import { isTrainedOnList, weightsModelFile } from './weights-model-file.ts';

/**
 * A multinomial logistic regression over the features of one candidate token (see the events stage's
 * `trigger-features.ts`): which CAMEO root, if any, the token is the trigger of. Trained by `npm run train:triggers`.
 */
export interface TriggerModel {
  readonly kind: 'trigger-model';
  /** Index 0 is `NONE`; the others are two-digit CAMEO roots. */
  readonly classes: readonly string[];
  /** Lemmas seen as a trigger in training: only tokens with one of them are scored. */
  readonly lemmas: readonly string[];
  /** Per `lemma|root`, the full CAMEO code the training golds gave that lemma most often. */
  readonly codes: Readonly<Record<string, string>>;
  /** Per feature, flat pairs of class index and weight, pruned of small weights. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** The probability a proposal needs, chosen by cross-validation. */
  readonly threshold: number;
  /** Whether a proposal the rules found one side of waits for the side-chooser (see `learned-triggers.ts`). */
  readonly keepsOneSided?: boolean;
  /** The event sets it was fitted on (names without `.xml`). */
  readonly trainedOn?: readonly string[];
}

const isStringList = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCodeTable = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((code) => typeof code === 'string');

/** The committed model, and the reader and writer of such files, typed for this model (`weightsModelFile`). */
export const { builtin: BUILTIN_TRIGGER_MODEL, load: loadTriggerModel, save: saveTriggerModel } = weightsModelFile<TriggerModel>(builtinFile(import.meta.url, 'trigger-model.json'), {
  label: 'trigger model',
  kind: 'trigger-model',
  expected: 'expected kind "trigger-model", classes starting with "NONE", lists of lemmas, a table of codes, a threshold between 0 and 1, and per feature pairs of class index and weight',
  hint: 'Run `npm run train:triggers` to write it, or leave the proposer off (--no-learned-triggers, TIDINGS_LEARNED_TRIGGERS=0).',
  // A threshold that is no number compares as false and would let every scored token through; a missing lemma list or
  // code table would fail deep inside the first sentence rather than here.
  hasSettings: (record) => {
    const { classes, lemmas, codes, threshold, trainedOn } = record;
    return isStringList(classes) && (classes as string[])[0] === 'NONE' && isStringList(lemmas) && isCodeTable(codes) && typeof threshold === 'number' && threshold > 0 && threshold <= 1 && isTrainedOnList(trainedOn);
  },
  isWeight: (pairs) => Array.isArray(pairs) && pairs.length % 2 === 0 && pairs.every((value) => Number.isFinite(value)),
});
