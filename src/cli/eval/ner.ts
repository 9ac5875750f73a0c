import { defineCommand } from 'citty';
import { readFileSync } from 'node:fs';
import { parseConll } from '../../knowledge/ner/conll.ts';
import { evaluateNer } from '../../knowledge/ner/evaluate-ner.ts';
import { loadRecogniser } from '../../knowledge/ner/load-recogniser.ts';
import type { NerScore, PrecisionRecall } from '../../knowledge/ner/ner-score.ts';
import { loadGazetteer } from '../../knowledge/places/gazetteer.ts';
import { InputError } from '../../model/errors.ts';
import { debugArgs, jsonArgs } from '../_shared.ts';

/** `tidings eval ner <file.conll>`: conlleval exact-span precision, recall and F1 per type and micro. */
export default defineCommand({
  meta: { name: 'ner', description: 'Score the entity recogniser on a CoNLL-2003 file (IOB1 or IOB2), conlleval-style' },
  args: {
    file: { type: 'positional', required: true, description: 'CoNLL-2003 file: token … tag per line', valueHint: 'file.conll' },
    ...jsonArgs,
    ...debugArgs,
  },
  run({ args }) {
    let text: string;
    try {
      text = readFileSync(args.file, 'utf8');
    } catch {
      throw new InputError(`Cannot read the CoNLL file \`${args.file}\`.`, 'Check the path; the file needs one token per line with its NER tag last.');
    }
    const documents = parseConll(text, args.file);
    const gazetteer = loadGazetteer();
    const started = performance.now();
    const score = evaluateNer(documents, loadRecogniser(gazetteer));
    const seconds = (performance.now() - started) / 1000;
    if (!args.json) process.stdout.write(formatScore(score, seconds));
    process.stdout.write(`${JSON.stringify(toJson(score))}\n`);
  },
});

const round = (value: number): number => Math.round(value * 10000) / 10000;
const metrics = (s: PrecisionRecall) => ({ precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) });

function toJson(score: NerScore) {
  const byType = Object.fromEntries(Object.entries(score.byType).map(([type, s]) => [type, metrics(s)]));
  return { task: 'ner', ...metrics(score), byType };
}

function formatScore(score: NerScore, seconds: number): string {
  const line = (name: string, s: PrecisionRecall): string =>
    `${name.padEnd(6)} ${(100 * s.precision).toFixed(2).padStart(7)} ${(100 * s.recall).toFixed(2).padStart(7)} ${(100 * s.f1).toFixed(2).padStart(7)} ${String(s.gold).padStart(6)}\n`;
  return [
    `type   precision  recall      F1   gold\n`,
    ...Object.entries(score.byType).map(([type, s]) => line(type, s)),
    line('all', score),
    `(${seconds.toFixed(1)} s)\n`,
  ].join('');
}
