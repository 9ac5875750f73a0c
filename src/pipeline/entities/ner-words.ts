import type { Sentence, Token } from '../../model/token.ts';

/** The recogniser's view of one sentence: CoNLL-style words and, for each, the segment tokens it covers. */
export interface NerSentence {
  readonly words: readonly string[];
  /** `firstToken[w]`, `lastToken[w]`: the tokens word `w` covers, inclusive, into `doc.tokens`. */
  readonly firstToken: readonly number[];
  readonly lastToken: readonly number[];
}

/**
 * Regroups segment tokens into the words CoNLL-2003 was annotated on: wink splits "Ivano-Frankivsk" at the hyphen,
 * CoNLL keeps it whole, and the weights were learned on CoNLL words. Token ranges are two arrays of numbers rather
 * than a pair per word: this runs on every word of every article.
 */
export function nerSentences(tokens: readonly Token[], sentences: readonly Sentence[]): NerSentence[] {
  const out = new Array<NerSentence>(sentences.length);
  for (let n = 0; n < sentences.length; n++) {
    const sentence = sentences[n] as Sentence;
    const words: string[] = [];
    const firstToken: number[] = [];
    const lastToken: number[] = [];
    for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
      const token = tokens[i];
      const next = tokens[i + 1];
      if (token?.text === '-' && !token.precededBySpace && next && !next.precededBySpace && i < sentence.lastToken && words.length > 0) {
        words[words.length - 1] += `-${next.text}`;
        lastToken[words.length - 1] = i + 1;
        i++;
        continue;
      }
      firstToken.push(i);
      lastToken.push(i);
      words.push(token?.text ?? '');
    }
    out[n] = { words, firstToken, lastToken };
  }
  return out;
}
