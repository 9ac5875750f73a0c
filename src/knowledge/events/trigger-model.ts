import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../model/errors.ts';

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

/** The committed model; both `src/` (tsx) and `dist/` (tsc) sit two folders below the repo root. */
export const BUILTIN_TRIGGER_MODEL = resolveBuiltinPath();

function resolveBuiltinPath(): string {
  const beside = fileURLToPath(new URL('./trigger-model.json', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../../src/knowledge/events/trigger-model.json', import.meta.url));
}

/** Writes a model as one line of JSON per feature, so that a retrained model diffs readably. */
export function saveTriggerModel(path: string, model: TriggerModel): void {
  const { weights, ...head } = model;
  const lines = Object.keys(weights).sort().map((feature) => `${JSON.stringify(feature)}:${JSON.stringify(weights[feature])}`);
  writeFileSync(path, `${JSON.stringify(head).slice(0, -1)},"weights":{\n${lines.join(',\n')}\n}}\n`);
}

/** Reads a model; a missing or corrupt file is a ConfigError naming it and how to make it. */
export function loadTriggerModel(path: string = BUILTIN_TRIGGER_MODEL): TriggerModel {
  const hint = 'Run `npm run train:triggers` to write it.';
  if (!existsSync(path)) throw new ConfigError(`The trigger model \`${path}\` is missing.`, hint);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ConfigError(`The trigger model \`${path}\` is corrupt (not JSON).`, hint);
  }
  const record = parsed as Record<string, unknown>;
  if (record['kind'] !== 'trigger-model' || !Array.isArray(record['classes']) || typeof record['weights'] !== 'object') throw new ConfigError(`\`${path}\` is not a tidings trigger model.`, hint);
  return parsed as TriggerModel;
}
