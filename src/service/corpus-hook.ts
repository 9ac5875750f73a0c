import { corpusArticleFromDocument } from '../corpus/corpus-article.ts';
import { matchWatch } from '../corpus/match-watch.ts';
import type { AnalyzedDocument } from '../model/document.ts';
import type { WatchMatch } from '../model/watch.ts';
import type { Watch } from '../model/watch.ts';
import type { Store } from '../storage/store.ts';
import { withCurrentCorpusState } from './corpus-state.ts';
import { deliverWatchMatch } from './deliver-watch-match.ts';
import type { IngestHook } from './ingest-hooks.ts';

/**
 * After each new article is stored: link it to what it copies (exact / near / derivative), place it in a story, and
 * report it to every watch it matches. Re-ingesting a stored article does nothing, unless a crash between storing it
 * and this step left it out of the corpus: then this step runs for the stored document.
 */
export function createCorpusHook(options: { readonly clock?: () => Date; readonly onMatch?: (match: WatchMatch, watch: Watch) => Promise<void> } = {}): IngestHook {
  const clock = options.clock ?? (() => new Date());
  return {
    name: 'corpus',
    async afterStore(incoming, result, store) {
      const corpus = store.corpus;
      const doc = result.inserted ? incoming : await unclusteredDocument(store, result.id);
      if (!doc) return;
      // Features are computed before taking the corpus lock; only deciding and writing happen under it.
      const article = { ...corpusArticleFromDocument(doc), id: result.id };
      const now = clock().toISOString();
      await withCurrentCorpusState(corpus, async (state, tables) => {
        // Another process may have placed it (a repair racing with another): the catch-up then shows it.
        if (state.clusterer.storyOf(article.id) !== undefined) return;
        const duplicate = state.duplicates.add(article);
        const assignment = state.clusterer.add(article, duplicate?.originalId);
        const seq = await tables.putCorpusRecord({
          article,
          ...(duplicate ? { duplicate } : {}),
          storyId: assignment.storyId,
          similarity: assignment.similarity,
          sharedTerms: assignment.sharedTerms,
          seenAt: doc.meta.published ?? now,
          ...(doc.register ? { tone: doc.register.tone } : {}),
        });
        state.lastSeq = Math.max(state.lastSeq, seq);
      });
      for (const watch of await corpus.listWatches()) {
        const match = matchWatch(watch, doc);
        if (!match || !(await corpus.recordWatchMatch(watch.id, result.id, now))) continue;
        await (options.onMatch ?? deliverWatchMatch)(match, watch);
      }
    },
  };
}

async function unclusteredDocument(store: Store, id: string): Promise<AnalyzedDocument | undefined> {
  if ((await store.corpus.storyIdOf(id)) !== undefined) return undefined;
  return store.getDocument(id);
}
