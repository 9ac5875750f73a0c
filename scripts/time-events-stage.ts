// The timing both learned-stage timers share (time:sides, time:triggers): the events stage run with and without a
// learned stage on the same BBC articles in one process, each document through both in alternating order, so machine
// load and warm caches weigh on the two alike. The analysis keeps the "off" run's events.
import { existsSync, readFileSync } from 'node:fs';
import type { Event } from '../src/model/event.ts';
import { createAnalyzer } from '../src/pipeline/analyzer.ts';
import type { EventResources } from '../src/pipeline/events/events.ts';
import type { Stage, StagePatch } from '../src/pipeline/stage.ts';
import { stages } from '../src/pipeline/stages.ts';

const BBC = '../shared/eval-data/bbc-news/bbc-news.jsonl';

/** The events stage, for a timer to prepare its two sets of resources. */
export const eventsStage = stages.find((stage) => stage.name === 'events') as Stage<EventResources>;

/** A number option (`--articles 300`) of the command line, or its fallback. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  return args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback;
}

/** Whether the timed rounds have begun (after thirty warm-up articles): a timer's own counters read it. */
export const timing = { isCounting: false };

/**
 * Times `off` against `on` over `--articles` BBC articles (300) and `--rounds` rounds (3), after a warm-up, and counts the
 * events `isChanged` picks out of the "on" runs. Exits with a message when the BBC articles are absent.
 */
export async function timeEventsStage(args: readonly string[], off: EventResources | undefined, on: EventResources | undefined, isChanged: (event: Event) => boolean): Promise<{ articles: number; rounds: number; msEventsOff: number; msEventsOn: number; ratio: number; changedPerRound: number }> {
  if (!existsSync(BBC)) {
    console.error(`${BBC} is absent: nothing to time here.`);
    process.exit(1);
  }
  if (!off || !on) throw new Error('The events stage prepares no resources.');
  const spent = { off: 0, on: 0 };
  let changed = 0;
  let documents = 0;
  const timed = stages.map((stage): Stage<unknown> => (stage.name !== 'events' ? stage : {
    name: stage.name,
    needs: stage.needs,
    run(doc) {
      const order = documents++ % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const);
      let kept: StagePatch = {};
      for (const which of order) {
        const started = performance.now();
        const patch = eventsStage.run(doc, which === 'on' ? on : off);
        if (timing.isCounting) spent[which] += performance.now() - started;
        if (which === 'on' && timing.isCounting) changed += patch.events?.filter(isChanged).length ?? 0;
        if (which === 'off') kept = patch;
      }
      return kept;
    },
  }));
  const analyzer = await createAnalyzer({}, timed);
  const articles = readFileSync(BBC, 'utf8').split('\n').filter(Boolean).slice(0, numberOption(args, 'articles', 300)).map((line) => JSON.parse(line) as { text: string });
  const rounds = numberOption(args, 'rounds', 3);
  for (const article of articles.slice(0, 30)) analyzer.analyze(article.text, { published: '2005-03-10' });
  timing.isCounting = true;
  for (let round = 0; round < rounds; round++) for (const article of articles) analyzer.analyze(article.text, { published: '2005-03-10' });
  return { articles: articles.length, rounds, msEventsOff: Math.round(spent.off), msEventsOn: Math.round(spent.on), ratio: Number((spent.on / spent.off).toFixed(3)), changedPerRound: changed / rounds };
}
