import { builtinFile } from '../builtin-file.ts';
import { isTrainedOnList, weightsModelFile } from './weights-model-file.ts';

/**
 * A binary logistic regression over the features of one coded event with both sides (see the events stage's
 * `event-filter-features.ts`): how likely a careful coder would write that root with those two sides. Trained by
 * `npm run train:filter`; `MODEL.md` beside it says on what.
 */
export interface EventFilterModel {
  readonly kind: 'event-filter-model';
  /** Events scored below this are left out of `doc.events`; above 1, the filter drops nothing. */
  readonly threshold: number;
  /** The event sets (file names without `.xml`) it was fitted on: scores on them are training-set figures. */
  readonly trainedOn?: readonly string[];
  /** Per feature, its weight (small weights pruned). */
  readonly weights: Readonly<Record<string, number>>;
}

/** The committed model, and the reader and writer of such files, typed for this model (`weightsModelFile`). */
export const { builtin: BUILTIN_EVENT_FILTER_MODEL, load: loadEventFilterModel, save: saveEventFilterModel } = weightsModelFile<EventFilterModel>(builtinFile(import.meta.url, 'event-filter-model.json'), {
  label: 'event filter model',
  kind: 'event-filter-model',
  expected: 'expected kind "event-filter-model", a numeric threshold, numeric weights and, if any, a list of set names it was trained on',
  hint: 'Run `npm run train:filter` to write it, or pass --no-event-filter (TIDINGS_EVENT_FILTER=0) to keep every coded event.',
  // A threshold that is no number compares as false and would drop every event scored.
  hasSettings: (record) => Number.isFinite(record['threshold']) && isTrainedOnList(record['trainedOn']),
});
