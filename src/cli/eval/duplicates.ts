import { defineCommand } from 'citty';
import { scorePairs } from '../../corpus/cluster-metrics.ts';
import { DuplicateIndex } from '../../corpus/duplicate-index.ts';
import { arrivalOrder } from '../../corpus/cluster-corpus.ts';
import { analyzeLabelledArticles } from './analyze-labelled-articles.ts';
import { readDuplicateGroups } from './read-duplicate-groups.ts';
import { readLabelledArticles } from './read-labelled-articles.ts';

/** `tidings eval duplicates <file.jsonl>`: duplicate detection scored over article pairs against gold groups. */
export default defineCommand({
  meta: { name: 'duplicates', description: 'Score duplicate detection on JSONL {id, text, title?, group?}.' },
  args: {
    file: { type: 'positional', description: 'JSONL file of articles', required: true },
    groups: { type: 'string', description: 'JSON file of gold groups ([[id, …], …] or {"exact_…_groups": …}) instead of `group` fields' },
    'groups-key': { type: 'string', description: 'Which lists of the --groups file to use, comma-separated' },
    kinds: { type: 'string', description: 'Link kinds that count as duplicates (default exact,near,derivative)' },
  },
  async run({ args }) {
    const rows = readLabelledArticles(args.file);
    const counted = new Set((args.kinds ?? 'exact,near,derivative').split(',').map((k) => k.trim()));
    const gold = args.groups
      ? readDuplicateGroups(args.groups, args['groups-key'])
      : new Map(rows.flatMap((row) => (row.group === undefined ? [] : [[row.id, row.group] as const])));
    const articles = arrivalOrder(await analyzeLabelledArticles(rows));
    const index = new DuplicateIndex();
    const kinds = { exact: 0, near: 0, derivative: 0 };
    const predicted = new Map<string, string>();
    for (const article of articles) {
      const link = index.add(article);
      if (!link) continue;
      kinds[link.kind]++;
      if (!counted.has(link.kind)) continue;
      const root = index.originalOf(article.id);
      predicted.set(root, root);
      predicted.set(article.id, root);
    }
    const known = new Set(rows.map((row) => row.id));
    const goldInFile = new Map([...gold].filter(([id]) => known.has(id)));
    const scores = scorePairs(predicted, goldInFile);
    process.stderr.write(`links: ${kinds.exact} exact, ${kinds.near} near, ${kinds.derivative} derivative\n`);
    process.stdout.write(`${JSON.stringify({ task: 'duplicates', ...scores, links: kinds, articles: rows.length })}\n`);
  },
});
