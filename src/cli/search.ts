import { defineCommand } from 'citty';
import { InputError } from '../model/errors.ts';
import { parseIsoDateFlag } from '../ingest/parse-published.ts';
import { openStore } from '../storage/open-store.ts';
import type { SearchQuery, SearchResult } from '../storage/store.ts';
import { debugArgs, jsonArgs, resolveDbLocation, storeArgs } from './_shared.ts';

/** `tidings search`: full-text search over stored articles with date, actor, topic and source filters. */
export default defineCommand({
  meta: { name: 'search', description: 'Full-text search over stored articles' },
  args: {
    query: { type: 'positional', required: false, description: 'Words or "a phrase"; empty lists the newest articles', valueHint: 'query' },
    since: { type: 'string', description: 'Published on or after (ISO date)', valueHint: 'date' },
    until: { type: 'string', description: 'Published on or before (ISO date)', valueHint: 'date' },
    actor: { type: 'string', description: 'Mentions this actor (name or CAMEO code)', valueHint: 'name|code' },
    topic: { type: 'string', description: 'Has this topic (slug, e.g. politics)', valueHint: 'slug' },
    source: { type: 'string', description: 'From this outlet', valueHint: 'name' },
    limit: { type: 'string', description: 'Most hits to show', default: '20', valueHint: 'n' },
    ...storeArgs,
    ...jsonArgs,
    ...debugArgs,
  },
  async run({ args }) {
    const limit = Number(args.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw new InputError(`Expected a whole number from 1 to 500 for \`--limit\`, got \`${args.limit}\`.`);
    }
    const query: SearchQuery = {
      limit,
      ...(args.query ? { text: args.query } : {}),
      ...(args.since ? { since: parseIsoDateFlag(args.since, '--since') } : {}),
      ...(args.until ? { until: parseIsoDateFlag(args.until, '--until') } : {}),
      ...(args.actor ? { actor: args.actor } : {}),
      ...(args.topic ? { topic: args.topic } : {}),
      ...(args.source ? { source: args.source } : {}),
    };
    const store = await openStore(resolveDbLocation(args.db));
    try {
      const result = await store.search(query);
      process.stdout.write(args.json ? `${JSON.stringify(result)}\n` : formatSearchResult(result));
    } finally {
      await store.close();
    }
  },
});

function formatSearchResult(result: SearchResult): string {
  if (result.total === 0) return 'No articles match.\n';
  const lines = [`${result.total}${result.isTotalCapped ? '+' : ''} article${result.total === 1 ? '' : 's'} match${result.hits.length < result.total ? ` (showing ${result.hits.length})` : ''}:`];
  result.hits.forEach((hit, index) => {
    const where = [hit.source, hit.published?.slice(0, 10)].filter(Boolean).join(', ');
    lines.push(`${index + 1}. ${hit.title}${where ? ` (${where})` : ''}`, `   ${hit.snippet}`, `   id ${hit.id}${hit.url ? ` · ${hit.url}` : ''}`);
  });
  return `${lines.join('\n')}\n`;
}
