import { defineCommand } from 'citty';

/** Every subcommand, loaded lazily so `tidings search` does not pay for the NER model or the web server. */
export const rootCommand = defineCommand({
  meta: { name: 'tidings', description: 'News intelligence: turn articles into structured, corroborated evidence.' },
  subCommands: {
    analyze: () => import('./analyze.ts').then((m) => m.default),
    ingest: () => import('./ingest.ts').then((m) => m.default),
    search: () => import('./search.ts').then((m) => m.default),
    stats: () => import('./stats.ts').then((m) => m.default),
    serve: () => import('./serve.ts').then((m) => m.default),
    demo: () => import('./demo.ts').then((m) => m.default),
    eval: () => import('./eval.ts').then((m) => m.default),
    export: () => import('./export.ts').then((m) => m.default),
    topics: () => import('./topics.ts').then((m) => m.default),
    stories: () => import('./stories.ts').then((m) => m.default),
    story: () => import('./story.ts').then((m) => m.default),
    facts: () => import('./facts.ts').then((m) => m.default),
    dyad: () => import('./dyad.ts').then((m) => m.default),
    watch: () => import('./watch.ts').then((m) => m.default),
    worker: () => import('./worker.ts').then((m) => m.default),
    enqueue: () => import('./enqueue.ts').then((m) => m.default),
    'watch-feeds': () => import('./watch-feeds.ts').then((m) => m.default),
  },
});
