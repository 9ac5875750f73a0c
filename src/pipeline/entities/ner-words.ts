import type { Sentence, Token } from '../../model/token.ts';
import { WORDS } from '../../model/word-ids.ts';
import { tokenForms } from '../token-forms.ts';

/** The recogniser's view of one sentence: CoNLL-style words and, for each, the segment tokens it covers. */
export interface NerSentence {
  readonly words: readonly string[];
  /** Each word's id in `WORDS`: the token's own, or a joined word's, interned here. */
  readonly ids: readonly number[];
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
  const tokenIds = tokenForms(tokens).id;
  for (let n = 0; n < sentences.length; n++) {
    const sentence = sentences[n] as Sentence;
    const words: string[] = [];
    const ids: number[] = [];
    const firstToken: number[] = [];
    const lastToken: number[] = [];
    for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
      const token = tokens[i];
      const next = tokens[i + 1];
      if (token?.text === '-' && !token.precededBySpace && next && !next.precededBySpace && i < sentence.lastToken && words.length > 0) {
        const joined = `${words[words.length - 1] ?? ''}-${next.text}`;
        words[words.length - 1] = joined;
        ids[words.length - 1] = WORDS.intern(joined);
        lastToken[words.length - 1] = i + 1;
        i++;
        continue;
      }
      firstToken.push(i);
      lastToken.push(i);
      words.push(token?.text ?? '');
      ids.push(tokenIds[i] ?? WORDS.intern(''));
    }
    out[n] = { words, ids, firstToken, lastToken };
  }
  return out;
}
