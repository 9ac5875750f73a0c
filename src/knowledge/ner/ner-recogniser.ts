import { documentCasing, sentenceFeatures } from './ner-features.ts';
import type { NerModel } from './ner-model.ts';
import type { PhraseLexicon } from './phrase-lexicon.ts';

/** Feature lists for every sentence of an article (shared by training, evaluation and the pipeline). */
export function featurizeArticle(sentences: readonly (readonly string[])[], lexicon: PhraseLexicon): string[][][] {
  const casing = documentCasing(sentences);
  return sentences.map((words) => sentenceFeatures(words, lexicon.tag(words), casing));
}

/** The learned recogniser with its gazetteer: words of a whole article in, IOB2 tags out. */
export class NerRecogniser {
  constructor(
    readonly model: NerModel,
    private readonly lexicon: PhraseLexicon,
  ) {}

  /** Tags every sentence of one article; the article is the unit because casing evidence is shared across it. */
  label(sentences: readonly (readonly string[])[]): string[][] {
    return featurizeArticle(sentences, this.lexicon).map((features) => this.model.predict(features));
  }
}
