import type { ConllDocument } from './conll.ts';
import type { NerRecogniser } from './ner-recogniser.ts';
import { scoreNer, type NerScore } from './ner-score.ts';

/** Labels gold CoNLL documents with the recogniser (on their own tokens) and scores them conlleval-style. */
export function evaluateNer(documents: readonly ConllDocument[], recogniser: NerRecogniser): NerScore {
  const pairs: { gold: readonly string[]; predicted: readonly string[] }[] = [];
  for (const doc of documents) {
    const predicted = recogniser.label(doc.map((s) => s.words));
    doc.forEach((sentence, i) => pairs.push({ gold: sentence.tags, predicted: predicted[i] ?? [] }));
  }
  return scoreNer(pairs);
}
