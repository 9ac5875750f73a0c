import { defineCommand } from 'citty';

/** `tidings eval <task>`: score the engine on gold data; each task prints a final JSON line of metrics. */
export default defineCommand({
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
