import { defineCommand } from 'citty';
import { countOf } from './count-of.ts';
import { NotFoundError } from '../model/errors.ts';
import type { StoryChange } from '../model/story.ts';
import { debugArgs, jsonArgs, storeArgs } from './_shared.ts';
import { withStore } from './with-store.ts';

/** `tidings story <id>`: one story's articles, with copies marked and why each article joined. */
export default defineCommand({
  meta: { name: 'story', description: "Show one story's articles, duplicates and why each article joined" },
  args: { id: { type: 'positional', description: 'Story id (from `tidings stories`)', required: true }, ...storeArgs, ...jsonArgs, ...debugArgs },
  async run({ args }) {
    await withStore(args.db, async (store) => {
      const story = await store.corpus.getStory(args.id);
      if (!story) throw new NotFoundError(`No story \`${args.id}\` in the store; \`tidings stories\` lists them.`);
      if (args.json) {
        process.stdout.write(`${JSON.stringify(story)}\n`);
        return;
      }
      if (story.id !== args.id) process.stdout.write(`Story ${args.id} was merged into ${story.id} when the corpus was re-clustered.\n\n`);
      process.stdout.write(`${story.headline}\n${story.id}: ${countOf(story.articles, 'article')}, ${countOf(story.sources, 'outlet')}, ${story.firstSeen} – ${story.lastSeen}\n`);
      for (const change of story.changes ?? []) process.stdout.write(`  ${describeChange(change)}\n`);
      process.stdout.write('\n');
      for (const member of story.members) {
        const copy = member.duplicate ? `  [${member.duplicate.kind} copy of ${member.duplicate.originalId}, ${member.duplicate.similarity}]` : '';
        const why = member.sharedTerms.length > 0 ? `  (joined at ${member.similarity}: ${member.sharedTerms.join(', ')})` : '';
        process.stdout.write(`  ${member.seenAt.slice(0, 10)}  ${member.id}  ${member.source ?? ''}  ${member.title}${copy}${why}\n`);
      }
    });
  },
});

function describeChange(change: StoryChange): string {
  const day = change.at.slice(0, 10);
  const articles = countOf(change.articles, 'article');
  return change.kind === 'merged'
    ? `${day}: ${change.storyId} merged into ${change.otherId} (${articles})`
    : `${day}: ${articles} moved from ${change.storyId} to ${change.otherId}`;
}
