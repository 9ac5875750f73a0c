import { defineCommand } from 'citty';
import { countOf } from './count-of.ts';
import { InputError } from '../model/errors.ts';
import { reclusterStories } from '../service/recluster-stories.ts';
import { debugArgs, jsonArgs, storeArgs } from './_shared.ts';
import { withStore } from './with-store.ts';

/** `tidings stories`: the stories in the store, newest first; `--recluster` rebuilds them from every article. */
export default defineCommand({
  meta: { name: 'stories', description: 'List stories (articles about one real-world happening), newest first' },
  args: {
    ...storeArgs,
    ...jsonArgs,
    ...debugArgs,
    since: { type: 'string', description: 'Only stories seen on or after this ISO date', valueHint: 'YYYY-MM-DD' },
    limit: { type: 'string', description: 'How many stories to list (default 50)' },
    recluster: { type: 'boolean', description: 'Re-cluster the whole corpus first (duplicates and stories)', default: false },
  },
  async run({ args }) {
    if (args.since !== undefined && Number.isNaN(Date.parse(args.since))) {
      throw new InputError(`Expected an ISO date for \`--since\`, got \`${args.since}\`.`, 'Example: --since 2025-06-01');
    }
    const limit = args.limit === undefined ? 50 : Number(args.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new InputError(`Expected a positive whole number for \`--limit\`, got \`${args.limit}\`.`);
    await withStore(args.db, async (store) => {
      if (args.recluster) {
        const done = await reclusterStories(store);
        process.stderr.write(
          `re-clustered ${done.articles} articles into ${done.stories} stories (${done.duplicates} duplicates) in ${done.ms} ms; ` +
            `ids kept, ${done.merged} stories merged into others, ${done.split} split\n`,
        );
      }
      const stories = await store.corpus.listStories({ ...(args.since ? { since: args.since } : {}), limit });
      if (args.json) {
        process.stdout.write(`${JSON.stringify(stories)}\n`);
        return;
      }
      if (stories.length === 0) process.stdout.write('No stories yet: ingest some articles first (`tidings ingest`).\n');
      for (const story of stories) {
        process.stdout.write(
          `${story.id}  ${story.lastSeen.slice(0, 10)}  ${countOf(story.articles, 'article').padStart(12)}, ${countOf(story.sources, 'outlet')}  ${story.headline}\n`,
        );
      }
    });
  },
});
