import { ConfigError } from '../model/errors.ts';
import type { Stage } from './stage.ts';

/** Fails fast, when the analyzer is built, if a stage runs before something it needs. */
export function checkStageOrder(stages: readonly Stage<unknown>[]): void {
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.name)) throw new ConfigError(`Stage \`${stage.name}\` appears twice in the pipeline.`);
    for (const need of stage.needs) {
      if (!seen.has(need)) {
        throw new ConfigError(`Stage \`${stage.name}\` needs \`${need}\`, which does not run before it.`);
      }
    }
    seen.add(stage.name);
  }
}
