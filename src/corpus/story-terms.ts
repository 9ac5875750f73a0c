import type { AnalyzedDocument } from '../model/document.ts';
import { articleWords } from './article-words.ts';
import { STORY_STOPWORDS } from './stopwords.ts';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
/** Names and places decide which happening it is (Tara Reid vs Lindsay Lohan), so they weigh more than words. */
const WEIGHT = { word: 1, name: 3, actor: 3, place: 2.5, event: 1.5, title: 1 } as const;

/**
 * Raw weighted term frequencies for story clustering: content lemmas (names doubled), linked actors and places as
 * `@actor`/`#place` terms, event codes as `!code` terms, plus the headline's words once more.
 */
export function storyTerms(doc: AnalyzedDocument): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (term: string, weight: number) => terms.set(term, (terms.get(term) ?? 0) + weight);
  if (doc.tokens.length > 0) {
    for (const token of doc.tokens) {
      if (!CONTENT_POS.has(token.pos)) continue;
      const lemma = token.lemma.toLowerCase();
      if (lemma.length < 2 || STORY_STOPWORDS.has(lemma) || !/\p{L}|\d{2}/u.test(lemma)) continue;
      if (/^https?:|[/.]/.test(lemma)) continue;
      add(lemma, token.pos === 'PROPN' ? WEIGHT.name : WEIGHT.word);
    }
  } else {
    for (const word of articleWords(doc.text)) {
      if (word.length >= 2 && !STORY_STOPWORDS.has(word)) add(word, WEIGHT.word);
    }
  }
  for (const actor of doc.actors) {
    if (actor.kind === 'country') continue;
    add(`@${actor.name.toLowerCase()}`, WEIGHT.actor * Math.min(3, Math.max(1, actor.mentions.length)));
  }
  for (const place of doc.places) {
    if (place.precision === 'country') continue;
    add(`#${place.name.toLowerCase()}`, WEIGHT.place);
  }
  for (const event of doc.events) add(`!${event.baseCode}`, WEIGHT.event);
  for (const word of articleWords(doc.meta.title ?? '')) {
    if (word.length >= 2 && !STORY_STOPWORDS.has(word)) add(word, WEIGHT.title);
  }
  return terms;
}
