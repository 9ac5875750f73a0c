// Times the events stage with and without the learned trigger proposer on the same BBC articles in one process: each
// document goes through both, in alternating order, so machine load and warm caches weigh on the two alike.
// `--pairs` times the pair chooser instead: the proposer on in both, the pair chooser on in one.
// Usage: node --import tsx scripts/time-learned-triggers.ts [--articles 300] [--rounds 3] [--pairs]
import { existsSync, readFileSync } from 'node:fs';
import { createAnalyzer } from '../src/pipeline/analyzer.ts';
import type { EventResources } from '../src/pipeline/events/events.ts';
import type { Stage, StagePatch } from '../src/pipeline/stage.ts';
import { stages } from '../src/pipeline/stages.ts';

const BBC = '../shared/eval-data/bbc-news/bbc-news.jsonl';
if (!existsSync(BBC)) {
  console.error(`${BBC} is absent: nothing to time here.`);
  process.exit(1);
}
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const eventsStage = stages.find((stage) => stage.name === 'events') as Stage<EventResources>;
const isPairs = args.includes('--pairs');
const off = await eventsStage.prepare?.(isPairs ? { learnedTriggers: true } : { learnedTriggers: false });
const on = await eventsStage.prepare?.(isPairs ? { learnedTriggers: true, learnedPairs: true } : { learnedTriggers: true });
if (!off || !on) throw new Error('The events stage prepares no resources.');
const spent = { off: 0, on: 0 };
let learned = 0;
let documents = 0;
let isCounting = false;
const timed = stages.map((stage): Stage<unknown> => (stage.name !== 'events' ? stage : {
  name: stage.name,
  needs: stage.needs,
  run(doc) {
    const order = documents++ % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const);
    let kept: StagePatch = {};
    for (const which of order) {
      const started = performance.now();
      const patch = eventsStage.run(doc, which === 'on' ? on : off);
      if (isCounting) spent[which] += performance.now() - started;
      if (which === 'on' && isCounting) learned += patch.events?.filter((event) => (isPairs ? event.rule.endsWith('+learned-pair') : event.rule.startsWith('learned:'))).length ?? 0;
      if (which === 'off') kept = patch;
    }
    return kept;
  },
}));
const analyzer = await createAnalyzer({}, timed);
const articles = readFileSync(BBC, 'utf8').split('\n').filter(Boolean).slice(0, option('articles', 300)).map((line) => JSON.parse(line) as { text: string });
const rounds = option('rounds', 3);
for (const article of articles.slice(0, 30)) analyzer.analyze(article.text, { published: '2005-03-10' });
isCounting = true;
for (let round = 0; round < rounds; round++) for (const article of articles) analyzer.analyze(article.text, { published: '2005-03-10' });
console.log(JSON.stringify({ articles: articles.length, rounds, msEventsOff: Math.round(spent.off), msEventsOn: Math.round(spent.on), ratio: Number((spent.on / spent.off).toFixed(3)), learnedEventsPerRound: learned / rounds }));
