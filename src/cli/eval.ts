import { defineCommand } from 'citty';

/** `tidings eval <task>`: score the engine on gold data; each task prints a final JSON line of metrics. */
const evalCommand = defineCommand({
  meta: { name: 'eval', description: 'Score the engine on gold data (ner, dates, events, topics, clusters, duplicates).' },
  subCommands: {
    ner: () => import('./eval/ner.ts').then((m) => m.default),
    dates: () => import('./eval/dates.ts').then((m) => m.default),
    events: () => import('./eval/events.ts').then((m) => m.default),
    topics: () => import('./eval/topics.ts').then((m) => m.default),
    clusters: () => import('./eval/clusters.ts').then((m) => m.default),
    duplicates: () => import('./eval/duplicates.ts').then((m) => m.default),
  },
});

// Named before the default export: TypeScript 5.9 leaves `.ts` in dynamic imports inside `export default <expression>`
// unrewritten, so the compiled CLI could not load any eval task.
export default evalCommand;
