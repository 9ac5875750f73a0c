import { defineCommand } from 'citty';
import { clusterCorpus } from '../../corpus/cluster-corpus.ts';
import { scoreClusters } from '../../corpus/cluster-metrics.ts';
import { InputError } from '../../model/errors.ts';
import { analyzeLabelledArticles } from './analyze-labelled-articles.ts';
import { readLabelledArticles } from './read-labelled-articles.ts';

/** `tidings eval clusters <file.jsonl>`: story clustering against gold clusters (BCubed and pairwise). */
export default defineCommand({
  meta: { name: 'clusters', description: 'Score story clustering on JSONL {id, text, published?, title?, cluster}.' },
  args: {
    file: { type: 'positional', description: 'Gold JSONL file', required: true },
    threshold: { type: 'string', description: 'Similarity an article needs to join a story (default 0.27)' },
  },
  async run({ args }) {
    const rows = readLabelledArticles(args.file).filter((row) => row.cluster !== undefined);
    if (rows.length === 0) throw new InputError(`No line of \`${args.file}\` has a \`cluster\` label.`);
    const threshold = args.threshold === undefined ? undefined : Number(args.threshold);
    if (threshold !== undefined && !(threshold > 0 && threshold < 1)) {
      throw new InputError(`Expected a number between 0 and 1 for \`--threshold\`, got \`${args.threshold}\`.`);
    }
    const articles = await analyzeLabelledArticles(rows);
    const started = Date.now();
    const result = clusterCorpus(articles, threshold === undefined ? {} : { stories: { threshold } });
    const predicted = result.storyOf;
    const gold = new Map(rows.map((row) => [row.id, row.cluster ?? '']));
    const scores = scoreClusters(predicted, gold);
    process.stderr.write(
      `clustered ${articles.length} articles into ${scores.clusters} stories (gold ${scores.goldClusters}) in ${Date.now() - started} ms\n`,
    );
    process.stdout.write(
      `${JSON.stringify({ task: 'clusters', bcubed: scores.bcubed, pairwise: scores.pairwise, clusters: scores.clusters, goldClusters: scores.goldClusters, articles: articles.length })}\n`,
    );
  },
});
