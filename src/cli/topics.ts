import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { InputError } from '../model/errors.ts';
import { crossValidateNaiveBayes } from '../knowledge/topics/cross-validate.ts';
import { trainNaiveBayes } from '../knowledge/topics/naive-bayes.ts';
import { parseLabelledJsonl } from '../knowledge/topics/parse-labelled-jsonl.ts';
import { customTopicModelPath, saveTopicModel } from '../knowledge/topics/topic-model-files.ts';
import { jsonArgs } from './_shared.ts';

const train = defineCommand({
  meta: { name: 'train', description: 'Train a topic model for your own labels; use it with `analyze --topics <name>`.' },
  args: {
    labels: { type: 'positional', description: 'JSONL file: {text, label} or {text, labels:[…]} per line', required: true },
    name: { type: 'string', description: 'Name to save the model under (~/.tidings/topics/<name>.json, or $TIDINGS_HOME)', required: true },
    folds: { type: 'string', description: 'Folds for the cross-validated accuracy printed at the end', default: '5' },
    ...jsonArgs,
  },
  run({ args }) {
    const folds = Number(args.folds);
    if (!Number.isInteger(folds) || folds < 2) throw new InputError(`Expected an integer of at least 2 for \`--folds\`, got \`${args.folds}\`.`);
    const path = customTopicModelPath(args.name);
    let content: string;
    try {
      content = readFileSync(args.labels, 'utf8');
    } catch {
      throw new InputError(`Could not read the labels file \`${args.labels}\`.`, 'Pass a JSONL file with one {"text", "label"} object per line.');
    }
    const started = Date.now();
    const examples = parseLabelledJsonl(content, args.labels).map((line) => ({
      text: line.title ? `${line.title}\n${line.text}` : line.text,
      labels: line.labels,
    }));
    const model = trainNaiveBayes(examples, args.name, { minCount: 2, trainedOn: `${args.labels} (${examples.length} examples)` });
    if (model.classes.length < 2) throw new InputError(`Expected at least two labels in \`${args.labels}\`, found \`${model.classes.join('')}\`.`);
    saveTopicModel(path, model);
    process.stderr.write(`Trained \`${args.name}\` on ${examples.length} examples, ${model.classes.length} labels; cross-validating…\n`);
    const accuracy = crossValidateNaiveBayes(examples, folds);
    const seconds = (Date.now() - started) / 1000;
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ name: args.name, path, examples: examples.length, labels: model.classes, folds, accuracy, seconds })}\n`);
      return;
    }
    process.stdout.write(`Saved topic model \`${args.name}\` (${model.classes.join(', ')}) to ${path} in ${seconds.toFixed(1)} s.\n`);
    process.stdout.write(`Use it with: tidings analyze <file> --topics ${args.name}\n`);
    process.stdout.write(`${folds}-fold cross-validated accuracy: ${accuracy.toFixed(3)}\n`);
  },
});

/** `tidings topics …`: manage custom topic models. */
export default defineCommand({
  meta: { name: 'topics', description: 'Custom topic models: train your own taxonomy.' },
  subCommands: { train },
});
