// Trains the named-entity recogniser on CoNLL-2003 eng.train, scores each epoch on eng.testa (tuning only, never
// trained on), and writes src/knowledge/ner/weights/ner.bin. Run: npm run train:ner [-- --epochs 8 --min-count 2]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chunksOf, tagsOf } from '../src/knowledge/ner/chunks.ts';
import { parseConll, type ConllDocument } from '../src/knowledge/ner/conll.ts';
import { buildNerLexicon } from '../src/knowledge/ner/ner-lexicon.ts';
import type { NerModel } from '../src/knowledge/ner/ner-model.ts';
import { featurizeArticle } from '../src/knowledge/ner/ner-recogniser.ts';
import { scoreNer } from '../src/knowledge/ner/ner-score.ts';
import { saveNerWeights } from '../src/knowledge/ner/ner-weights.ts';
import { trainPerceptron, type TrainingSentence } from '../src/knowledge/ner/perceptron-trainer.ts';
import { loadGazetteer } from '../src/knowledge/places/gazetteer.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: fileURLToPath(new URL('../../shared/eval-data/conll2003-ner/', import.meta.url)) },
    epochs: { type: 'string', default: '10' },
    'min-count': { type: 'string', default: '1' },
    prune: { type: 'string', default: '0.05' },
    // Ablation: feature families to leave out, by prefix before `=` (e.g. `g,gc,g-1,g+1` for the gazetteer).
    drop: { type: 'string', default: '' },
    out: { type: 'string', default: fileURLToPath(new URL('../src/knowledge/ner/weights/ner.bin', import.meta.url)) },
  },
});
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const read = (name: string): ConllDocument[] => parseConll(readFileSync(`${values.data}/${name}`, 'utf8'), name);

const lexicon = buildNerLexicon(loadGazetteer());
const dropped = new Set(values.drop.split(',').filter(Boolean));
const keep = (feature: string): boolean => dropped.size === 0 || !dropped.has(feature.split('=')[0] ?? '');
const asSentences = (docs: readonly ConllDocument[]): TrainingSentence[] =>
  docs.flatMap((doc) => {
    const list = featurizeArticle(doc.map((s) => s.words), lexicon);
    return doc.map((s, i) => ({ features: (list[i] ?? []).map((f) => f.filter(keep)), tags: tagsOf(chunksOf(s.tags), s.words.length) }));
  });
const train = asSentences(read('eng.train'));
const dev = read('eng.testa');
const devSentences = asSentences(dev);
log(`lexicon ${lexicon.size} names; train ${train.length} sentences; dev ${devSentences.length}`);

const scoreDev = (model: NerModel): number => {
  const score = scoreNer(devSentences.map((s) => ({ gold: s.tags, predicted: model.predict(s.features) })));
  const types = Object.entries(score.byType).map(([type, s]) => `${type} ${(100 * s.f1).toFixed(2)}`).join(' ');
  log(`  dev F1 ${(100 * score.f1).toFixed(2)} (P ${(100 * score.precision).toFixed(2)} R ${(100 * score.recall).toFixed(2)}) ${types}`);
  return score.f1;
};
const started = Date.now();
const weights = trainPerceptron(train, {
  epochs: Number(values.epochs),
  minCount: Number(values['min-count']),
  pruneBelow: Number(values.prune),
  afterEpoch: (epoch, model) => {
    log(`epoch ${epoch} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    scoreDev(model);
  },
});
saveNerWeights(values.out, weights);
log(`wrote ${weights.features.length} features to ${values.out}`);
