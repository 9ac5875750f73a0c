import type { AnalyzedDocument } from '../../model/document.ts';
import type { Entity, EntityType } from '../../model/entity.ts';
import { NEWS_AGENCIES } from '../../knowledge/actors/news-agencies.ts';
import { ORGANISATIONS } from '../../knowledge/actors/organisations.ts';
import { PhraseLexicon } from '../../knowledge/ner/phrase-lexicon.ts';
import type { Gazetteer } from '../../knowledge/places/gazetteer.ts';
import { WordCache } from '../../model/word-ids.ts';
import type { NerSentence } from './ner-words.ts';

/** Names the project lists itself (agencies, organisations, countries, areas, demonyms), for what the model misses. */
export function buildListedNames(gazetteer: Gazetteer): PhraseLexicon {
  const lexicon = new PhraseLexicon();
  for (const agency of NEWS_AGENCIES) for (const name of [agency.name, ...agency.aliases]) lexicon.add(name, 'organisation');
  for (const org of ORGANISATIONS) for (const name of [org.name, ...org.aliases]) lexicon.add(name, 'organisation');
  for (const [name, candidates] of gazetteer.names()) {
    if (candidates.some((c) => c.kind === 'country' || c.kind === 'area') && name.length > 3) lexicon.add(name, 'place');
  }
  for (const [demonym, iso3] of gazetteer.demonyms()) if (iso3) lexicon.add(demonym, 'nationality');
  return lexicon;
}

/**
 * Mentions of listed names the recogniser did not tag. In normally cased text only capitalised phrases count;
 * in all-lower-case text (chat, social media) casing carries no signal, so the lists match regardless.
 */
export function findListedNames(doc: AnalyzedDocument, sentences: readonly NerSentence[], listed: PhraseLexicon): Entity[] {
  const isLowercase = doc.text === doc.text.toLowerCase();
  const out: Entity[] = [];
  const starts = startsOf(listed);
  let sentence: NerSentence | undefined;
  // One closure per document, reading the sentence in hand: whether a listed name starts with word `i`, by its id.
  const mayStart = (i: number): boolean => {
    const id = sentence?.ids[i] ?? -1;
    let known = starts[id];
    if (known === undefined) {
      known = listed.startsPhrase((sentence?.words[i] ?? '').toLowerCase());
      if (id >= 0) starts[id] = known;
    }
    return known;
  };
  for (sentence of sentences) {
    for (const match of listed.matches(sentence.words, !isLowercase, mayStart)) {
      const first = doc.tokens[sentence.firstToken[match.start] ?? -1];
      const last = doc.tokens[sentence.lastToken[match.end - 1] ?? -1];
      if (!first || !last) continue;
      const span = { start: first.span.start, end: last.span.end };
      const type = (match.categories[0] ?? 'misc') as EntityType;
      out.push({ id: '', type, text: doc.text.slice(span.start, span.end), span, rule: 'gazetteer/listed-name', confidence: 0.75 });
    }
  }
  return out;
}

/** Per lexicon, whether a listed name starts with a word (by its id), remembered across documents. */
const startCaches = new WeakMap<PhraseLexicon, WordCache<boolean>>();

function startsOf(listed: PhraseLexicon): (boolean | undefined)[] {
  let cache = startCaches.get(listed);
  if (!cache) startCaches.set(listed, (cache = new WordCache<boolean>()));
  return cache.entries();
}
