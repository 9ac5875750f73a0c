import type { Sentence, Token } from '../../model/token.ts';

/** The recogniser's view of one sentence: CoNLL-style words and, for each, the range of segment tokens it covers. */
export interface NerSentence {
  readonly words: readonly string[];
  /** `[firstToken, lastToken]` inclusive, into `doc.tokens`. */
  readonly ranges: readonly (readonly [number, number])[];
}

/**
 * Regroups segment tokens into the words CoNLL-2003 was annotated on: wink splits "Ivano-Frankivsk" at the hyphen,
 * CoNLL keeps it whole, and the weights were learned on CoNLL words.
 */
export function nerSentences(tokens: readonly Token[], sentences: readonly Sentence[]): NerSentence[] {
  return sentences.map((sentence) => {
    const words: string[] = [];
    const ranges: [number, number][] = [];
    for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
      const token = tokens[i];
      const next = tokens[i + 1];
      const last = ranges[ranges.length - 1];
      if (token?.text === '-' && !token.precededBySpace && next && !next.precededBySpace && i < sentence.lastToken && last) {
        words[words.length - 1] += `-${next.text}`;
        last[1] = i + 1;
        i++;
        continue;
      }
      words.push(token?.text ?? '');
      ranges.push([i, i]);
    }
    return { words, ranges };
  });
}
