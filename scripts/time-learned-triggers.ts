// Times the events stage with and without the learned trigger proposer on the same BBC articles in one process
// (scripts/time-events-stage.ts). `--pairs` times the pair chooser instead: the proposer on in both, the pair chooser on in one.
// Usage: node --import tsx scripts/time-learned-triggers.ts [--articles 300] [--rounds 3] [--pairs]
import { eventsStage, timeEventsStage } from './time-events-stage.ts';

const args = process.argv.slice(2);
const isPairs = args.includes('--pairs');
const off = await eventsStage.prepare?.(isPairs ? { learnedTriggers: true } : { learnedTriggers: false });
const on = await eventsStage.prepare?.(isPairs ? { learnedTriggers: true, learnedPairs: true } : { learnedTriggers: true });
const { changedPerRound, ...figures } = await timeEventsStage(args, off, on, (event) => (isPairs ? event.rule.endsWith('+learned-pair') : event.rule.startsWith('learned:')));
console.log(JSON.stringify({ ...figures, learnedEventsPerRound: changedPerRound }));
