import type { Stage } from '../stage.ts';

/** Placeholder until the stage is built: adds nothing, so the pipeline runs end to end. */
export const places: Stage = {
  name: 'places',
  needs: ['entities'],
  run: () => ({}),
};
