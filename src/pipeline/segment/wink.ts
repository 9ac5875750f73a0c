import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance used by segmentation: built once per process (the model is ~1 MB and slow to parse). */
export type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | undefined;

/** Returns the shared wink-nlp instance with sentence boundaries, POS tags and negation. */
export function loadWink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos', 'negation']);
  return instance;
}
