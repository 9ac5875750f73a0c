import type { Stage } from '../stage.ts';

/** Placeholder until the stage is built: adds nothing, so the pipeline runs end to end. */
export const events: Stage = {
  name: 'events',
  needs: ['claims', 'dates', 'places', 'quantities'],
  run: () => ({}),
};
