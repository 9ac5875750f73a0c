import type { Sentence, Token } from '../../model/token.ts';

/** The recogniser's view of one sentence: CoNLL-style words and, for each, the segment tokens it covers. */
export interface NerSentence {
  readonly words: readonly string[];
  /** `firstToken[w]`, `lastToken[w]`: the tokens word `w` covers, inclusive, into `doc.tokens`. */
  readonly firstToken: Int32Array;
  readonly lastToken: Int32Array;
}

/**
 * Regroups segment tokens into the words CoNLL-2003 was annotated on: wink splits "Ivano-Frankivsk" at the hyphen,
 * CoNLL keeps it whole, and the weights were learned on CoNLL words. Token ranges are typed arrays rather than a
 * pair per word: this ran on every word of every article.
 */
export function nerSentences(tokens: readonly Token[], sentences: readonly Sentence[]): NerSentence[] {
  const out = new Array<NerSentence>(sentences.length);
  for (let n = 0; n < sentences.length; n++) {
    const sentence = sentences[n] as Sentence;
    const size = Math.max(0, sentence.lastToken - sentence.firstToken + 1);
    const words: string[] = [];
    const firstToken = new Int32Array(size);
    const lastToken = new Int32Array(size);
    for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
      const token = tokens[i];
      const next = tokens[i + 1];
      if (token?.text === '-' && !token.precededBySpace && next && !next.precededBySpace && i < sentence.lastToken && words.length > 0) {
        words[words.length - 1] += `-${next.text}`;
        lastToken[words.length - 1] = i + 1;
        i++;
        continue;
      }
      firstToken[words.length] = i;
      lastToken[words.length] = i;
      words.push(token?.text ?? '');
    }
    out[n] = { words, firstToken: firstToken.subarray(0, words.length), lastToken: lastToken.subarray(0, words.length) };
  }
  return out;
}
