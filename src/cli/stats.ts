import { defineCommand } from 'citty';
import { openStore } from '../storage/open-store.ts';
import { debugArgs, jsonArgs, resolveDbLocation, storeArgs } from './_shared.ts';

/** `tidings stats`: what the store holds. */
export default defineCommand({
  meta: { name: 'stats', description: 'Count the articles, sources, actors, events, stories and duplicates in the store' },
  args: { ...storeArgs, ...jsonArgs, ...debugArgs },
  async run({ args }) {
    const location = resolveDbLocation(args.db);
    const store = await openStore(location);
    try {
      const stats = await store.stats();
      if (args.json) {
        process.stdout.write(`${JSON.stringify(stats)}\n`);
        return;
      }
      const width = Math.max(...Object.keys(stats).map((key) => key.length));
      const rows = Object.entries(stats).map(([key, value]) => `  ${key.padEnd(width)}  ${value.toLocaleString('en')}`);
      process.stdout.write(`Store ${location} (${store.kind}):\n${rows.join('\n')}\n`);
    } finally {
      await store.close();
    }
  },
});
