import { DEFAULT_LOGISTIC_TRAINING, type LogisticTraining } from '../src/pipeline/events/logistic-model.ts';

/** A filter setting to compare: the regression's settings, feature families left out, and the sets a feature must reach. */
export interface FilterVariant {
  readonly training: LogisticTraining;
  readonly dropped: readonly string[];
  readonly minSets: number;
}

/**
 * Reads a variant written `l2:0.01+min-count:5+min-sets:3+drop:word=|code=` (any part left out keeps the default;
 * `default` alone is every default).
 */
export function parseFilterVariant(spec: string): FilterVariant {
  let training: LogisticTraining = DEFAULT_LOGISTIC_TRAINING;
  let dropped: string[] = [];
  let minSets = 1;
  for (const part of spec.split('+')) {
    if (part === 'default' || part === '') continue;
    const [key, value = ''] = [part.slice(0, part.indexOf(':')), part.slice(part.indexOf(':') + 1)];
    if (key === 'l2') training = { ...training, l2: Number(value) };
    else if (key === 'min-count') training = { ...training, minFeatureCount: Number(value) };
    else if (key === 'epochs') training = { ...training, epochs: Number(value) };
    else if (key === 'min-sets') minSets = Number(value);
    else if (key === 'drop') dropped = value.split('|');
    else throw new Error(`Unknown filter setting "${part}" (l2:, min-count:, epochs:, min-sets:, drop:).`);
  }
  return { training, dropped, minSets };
}
