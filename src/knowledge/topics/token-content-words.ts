import type { Token } from '../../model/token.ts';
import { WordCache } from '../../model/word-ids.ts';
import { charLength, classAt, isSuffixAt, keptWord, wordEnd } from './text-features.ts';
import type { TopicFeature, TopicVocabulary } from './topic-vocabulary.ts';

/** What a word id stands for in the topic vocabulary, besides its entry: marks compared by identity. */
const mark = (name: string): TopicFeature => ({ name, logProb: undefined, hits: undefined, next: undefined });
/** A content word the vocabulary does not know: it counts as a word and breaks bigrams. */
const UNKNOWN = mark('(unknown)');
/** A stopword or one-letter word: not a content word. */
const SKIPPED = mark('(skipped)');
/** A token that is not one plain run of ASCII letters and digits: its word is read from the text. */
const NOT_PLAIN = mark('(not plain)');

const caches = new WeakMap<TopicVocabulary, WordCache<TopicFeature>>();

function cacheOf(vocabulary: TopicVocabulary): WordCache<TopicFeature> {
  let cache = caches.get(vocabulary);
  if (!cache) caches.set(vocabulary, (cache = new WordCache<TopicFeature>()));
  return cache;
}

function isPlain(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}

function tokenWord(text: string, vocabulary: TopicVocabulary): TopicFeature {
  if (!isPlain(text)) return NOT_PLAIN;
  const word = keptWord(text);
  return word === undefined ? SKIPPED : (vocabulary.get(word) ?? UNKNOWN);
}

/**
 * The vocabulary entries of a text's content words (`contentWords` order; undefined for a word it does not know),
 * appended to `out`. A word that is exactly one token of plain ASCII letters and digits is answered by the token's word
 * id, once per word: no substring, lower-casing, stopword or vocabulary look-up per occurrence. The rest are read from
 * the text as `contentWords` reads them. `tokens` are the text's (spans into it), `ids` their word ids.
 */
export function contentWordEntries(text: string, tokens: readonly Token[], ids: Int32Array, vocabulary: TopicVocabulary, out: (TopicFeature | undefined)[]): void {
  const byId = cacheOf(vocabulary).entries();
  let next = 0;
  for (let at = 0; at < text.length; ) {
    if (classAt(text, at) === 0) {
      at += charLength(text, at);
      continue;
    }
    while (next < tokens.length && (tokens[next] as Token).span.start < at) next++;
    const token = tokens[next];
    if (token !== undefined && token.span.start === at) {
      const id = ids[next] as number;
      let known = byId[id];
      if (known === undefined) byId[id] = known = tokenWord(token.text, vocabulary);
      const end = token.span.end;
      // The token is the whole word when the text's word stops where it does.
      if (known !== NOT_PLAIN && (end >= text.length || (classAt(text, end) === 0 && !isSuffixAt(text, end)))) {
        if (known !== SKIPPED) out.push(known === UNKNOWN ? undefined : known);
        at = end;
        continue;
      }
    }
    const end = wordEnd(text, at);
    const word = keptWord(text.slice(at, end));
    if (word !== undefined) out.push(vocabulary.get(word));
    at = end;
  }
}
