// Times the events stage with and without the learned side-chooser on the same BBC articles in one process
// (scripts/time-events-stage.ts), and the chooser's own time inside the "on" runs.
// Usage: node --import tsx scripts/time-learned-sides.ts [--articles 300] [--rounds 3]
import { loadSideModel } from '../src/knowledge/events/side-model.ts';
import { modelSideChooser } from '../src/pipeline/events/learned-sides.ts';
import { eventsStage, timeEventsStage, timing } from './time-events-stage.ts';

const args = process.argv.slice(2);
// The proposer off in both runs: the chooser is timed on the rules' events alone, as before session 19.
const off = await eventsStage.prepare?.({ learnedTriggers: false, learnedSides: false });
// The chooser's own time, measured inside the stage's run: the rest of the two runs is the same work.
let msChooser = 0;
const model = modelSideChooser(loadSideModel());
const on = await eventsStage.prepare?.({ learnedTriggers: false, learnedSides: { choose: (input) => {
  const started = performance.now();
  const chosen = model.choose(input);
  if (timing.isCounting) msChooser += performance.now() - started;
  return chosen;
} } });
const { changedPerRound, ...figures } = await timeEventsStage(args, off, on, (event) => event.rule.endsWith('+learned-side'));
console.log(JSON.stringify({ ...figures, msChooser: Math.round(msChooser), changedEventsPerRound: changedPerRound }));
