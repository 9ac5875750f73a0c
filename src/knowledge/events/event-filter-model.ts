import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../model/errors.ts';

/**
 * A binary logistic regression over the features of one coded event with both sides (see the events stage's
 * `event-filter-features.ts`): how likely a careful coder would write that root with those two sides. Trained by
 * `npm run train:filter`; `MODEL.md` beside it says on what.
 */
export interface EventFilterModel {
  readonly kind: 'event-filter-model';
  /** Events scored below this are left out of `doc.events`; above 1, the filter drops nothing. */
  readonly threshold: number;
  /** Per feature, its weight (small weights pruned). */
  readonly weights: Readonly<Record<string, number>>;
}

/** The committed model; both `src/` (tsx) and `dist/` (tsc) sit two folders below the repo root. */
export const BUILTIN_EVENT_FILTER_MODEL = resolveBuiltinPath();

function resolveBuiltinPath(): string {
  const beside = fileURLToPath(new URL('./event-filter-model.json', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../../src/knowledge/events/event-filter-model.json', import.meta.url));
}

/** Writes a model as one line of JSON per feature, sorted, so that a retrained model diffs readably. */
export function saveEventFilterModel(path: string, model: EventFilterModel): void {
  const { weights, ...head } = model;
  const lines = Object.keys(weights).sort().map((feature) => `${JSON.stringify(feature)}:${JSON.stringify(weights[feature])}`);
  writeFileSync(path, `${JSON.stringify(head).slice(0, -1)},"weights":{\n${lines.join(',\n')}\n}}\n`);
}

/** Reads a model; a missing or corrupt file is a ConfigError naming it and how to make it. */
export function loadEventFilterModel(path: string = BUILTIN_EVENT_FILTER_MODEL): EventFilterModel {
  const hint = 'Run `npm run train:filter` to write it.';
  if (!existsSync(path)) throw new ConfigError(`The event filter model \`${path}\` is missing.`, hint);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ConfigError(`The event filter model \`${path}\` is corrupt (not JSON).`, hint);
  }
  const record = parsed as Record<string, unknown>;
  if (record['kind'] !== 'event-filter-model' || typeof record['threshold'] !== 'number' || typeof record['weights'] !== 'object') throw new ConfigError(`\`${path}\` is not a tidings event filter model.`, hint);
  return parsed as EventFilterModel;
}
