import { defineCommand } from 'citty';
import { countOf } from './count-of.ts';
import { storyFacts } from '../service/story-facts.ts';
import { debugArgs, jsonArgs, storeArgs } from './_shared.ts';
import { withStore } from './with-store.ts';

/** `tidings facts <story-id>`: a story's merged facts, each with its independent sources and contradictions. */
export default defineCommand({
  meta: { name: 'facts', description: 'Facts of a story: supports, independent sources, contradictions' },
  args: { story: { type: 'positional', description: 'Story id', required: true }, ...storeArgs, ...jsonArgs, ...debugArgs },
  async run({ args }) {
    await withStore(args.db, async (store) => {
      const facts = await storyFacts(store, args.story);
      if (args.json) {
        process.stdout.write(`${JSON.stringify(facts)}\n`);
        return;
      }
      if (facts.length === 0) process.stdout.write('No events, claims or figures were found in this story.\n');
      for (const fact of facts) {
        process.stdout.write(`${fact.id} [${fact.kind}] ${fact.summary}${fact.date ? ` on ${fact.date}` : ''}\n`);
        process.stdout.write(`    ${countOf(fact.supports.length, 'article')}, ${countOf(fact.independentSources.length, 'independent source')}: ${fact.independentSources.join(', ')}\n`);
        for (const c of fact.contradictions) {
          process.stdout.write(`    ! ${c.field} disputed: ${c.values.map((v) => `${v.value} (${v.documentIds.length})`).join(' vs ')}\n`);
        }
      }
    });
  },
});
