import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { InputError } from '../../model/errors.ts';
import { parseLabelledJsonl } from '../../knowledge/topics/parse-labelled-jsonl.ts';
import { createAnalyzer } from '../../pipeline/analyzer.ts';
import { type LabelMapping, predictMappedLabel, scoreTopicPredictions, type TopicMetrics } from '../../pipeline/topics/topic-metrics.ts';

/** `tidings eval topics <file.jsonl> --map <mapping.json>`: accuracy, macro-F1 and confusion against gold labels. */
export default defineCommand({
  meta: { name: 'topics', description: 'Score topic classification on JSONL {text, label, title?} with a label → slug mapping.' },
  args: {
    file: { type: 'positional', description: 'JSONL gold file: {text, label} per line (optional title)', required: true },
    map: { type: 'string', description: 'JSON mapping from gold labels to a taxonomy slug or list of slugs', required: true },
    topics: { type: 'string', description: 'Score a custom topic model saved by `tidings topics train` instead of the built-in one' },
  },
  async run({ args }) {
    const mapping = readMapping(args.map);
    const lines = parseLabelledJsonl(readText(args.file, 'gold file'), args.file);
    const unmapped = [...new Set(lines.map((line) => line.labels[0] ?? ''))].filter((label) => !(label in mapping));
    if (unmapped.length > 0) {
      throw new InputError(`The mapping \`${args.map}\` has no entry for the gold label(s) \`${unmapped.join('`, `')}\`.`, 'Add each gold label with the slug(s) it corresponds to.');
    }
    const analyzer = await createAnalyzer(args.topics ? { topics: args.topics } : {});
    const pairs: [string, string | undefined][] = [];
    lines.forEach((line, i) => {
      const doc = analyzer.analyze(line.text, line.title ? { title: line.title } : {});
      pairs.push([line.labels[0] ?? '', predictMappedLabel(doc.topics, mapping)]);
      if ((i + 1) % 200 === 0) process.stderr.write(`${i + 1}/${lines.length} articles\n`);
    });
    const metrics = scoreTopicPredictions(pairs);
    process.stdout.write(formatConfusion(metrics));
    process.stdout.write(`${JSON.stringify({ task: 'topics', accuracy: metrics.accuracy, macroF1: metrics.macroF1, perLabel: metrics.perLabel })}\n`);
  },
});

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`Could not read the ${what} \`${path}\`.`);
  }
}

function readMapping(path: string): LabelMapping {
  const hint = 'The mapping is JSON like {"World": ["politics", "war-and-conflicts"], "Sports": "sports"}.';
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(path, 'mapping'));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`Expected JSON in the mapping \`${path}\`.`, hint);
  }
  const isSlugs = (value: unknown): boolean =>
    typeof value === 'string' || (Array.isArray(value) && value.every((slug) => typeof slug === 'string'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Object.values(parsed).every(isSlugs)) {
    throw new InputError(`Expected an object of label → slug or [slugs] in \`${path}\`.`, hint);
  }
  return parsed as LabelMapping;
}

function formatConfusion(metrics: TopicMetrics): string {
  const gold = Object.keys(metrics.confusion).sort();
  const predicted = [...new Set([...gold, ...Object.values(metrics.confusion).flatMap((row) => Object.keys(row))])];
  const width = Math.max(8, ...predicted.map((label) => label.length)) + 2;
  const cell = (text: string): string => text.padStart(width);
  const header = `${'gold \\ predicted'.padEnd(width)}${predicted.map(cell).join('')}\n`;
  const rows = gold.map((g) => `${g.padEnd(width)}${predicted.map((p) => cell(String(metrics.confusion[g]?.[p] ?? 0))).join('')}\n`);
  return header + rows.join('');
}
