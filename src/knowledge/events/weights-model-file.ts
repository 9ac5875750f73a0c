import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ConfigError } from '../../model/errors.ts';

/** What the events area's learned models share on disk: a kind, settings, and one weight per feature. */
export interface WeightsModel {
  readonly kind: string;
  /** A number per feature (binary models) or, for a model of several classes, flat pairs of class index and weight. */
  readonly weights: Readonly<Record<string, number | readonly number[]>>;
}

/** Writes a model as one line of JSON per feature, sorted, so that a retrained model diffs readably. */
function saveWeightsModel(path: string, model: WeightsModel): void {
  const { weights, ...head } = model;
  const lines = Object.keys(weights).sort().map((feature) => `${JSON.stringify(feature)}:${JSON.stringify(weights[feature])}`);
  writeFileSync(path, `${JSON.stringify(head).slice(0, -1)},"weights":{\n${lines.join(',\n')}\n}}\n`);
}

/** Whether a file's `trainedOn` is absent or a list of set names: both trainers write it, older files lack it. */
export function isTrainedOnList(trainedOn: unknown): boolean {
  return trainedOn === undefined || (Array.isArray(trainedOn) && trainedOn.every((name) => typeof name === 'string'));
}

/** What `readWeightsModel` checks a file against, and what it says when the file falls short. */
export interface WeightsModelShape {
  /** The model's name in messages ("side model"). */
  readonly label: string;
  readonly kind: string;
  /** What a valid file holds, for the message. */
  readonly expected: string;
  /** How to make the file or do without it. */
  readonly hint: string;
  /** Whether the model's own settings (threshold, margin…) are there and sound. */
  readonly hasSettings: (record: Readonly<Record<string, unknown>>) => boolean;
  /** What one feature's weight must be; a finite number unless the model says otherwise (the trigger model's pairs). */
  readonly isWeight?: (weight: unknown) => boolean;
}

/**
 * Reads a model file whose kind, weights and settings match `shape`, else a ConfigError naming the file, what was
 * expected and the way out. Each weight must be a finite number: a string weight would turn every score into text.
 */
function readWeightsModel(path: string, shape: WeightsModelShape): Record<string, unknown> {
  const { label, kind, expected, hint } = shape;
  if (!existsSync(path)) throw new ConfigError(`The ${label} \`${path}\` is missing.`, hint);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ConfigError(`The ${label} \`${path}\` is corrupt (not JSON).`, hint);
  }
  const record = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const weights = record['weights'];
  const hasWeights = typeof weights === 'object' && weights !== null && !Array.isArray(weights) && Object.values(weights).every(shape.isWeight ?? Number.isFinite);
  if (record['kind'] !== kind || !hasWeights || !shape.hasSettings(record)) throw new ConfigError(`\`${path}\` is not a tidings ${label} (${expected}).`, hint);
  return record;
}

/** One learned model's file: where the committed one is, and its reader and writer, typed for that model. */
export interface WeightsModelFile<Model extends WeightsModel> {
  /** The committed model. */
  readonly builtin: string;
  /** Reads a model (the committed one by default); a missing, corrupt or half-written file is a ConfigError naming it and the way out. */
  readonly load: (path?: string) => Model;
  /** Writes a model as one line of JSON per feature, sorted, so that a retrained model diffs readably. */
  readonly save: (path: string, model: Model) => void;
}

/** The file of a model whose shape `shape` checks: the one place a checked record is taken for the model's type. */
export function weightsModelFile<Model extends WeightsModel>(builtin: string, shape: WeightsModelShape): WeightsModelFile<Model> {
  return {
    builtin,
    load: (path = builtin) => readWeightsModel(path, shape) as unknown as Model,
    save: saveWeightsModel,
  };
}
