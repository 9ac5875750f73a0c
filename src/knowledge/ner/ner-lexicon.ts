import { NEWS_AGENCIES } from '../actors/news-agencies.ts';
import { ORGANISATIONS } from '../actors/organisations.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import { PhraseLexicon } from './phrase-lexicon.ts';

/** The gazetteer the recogniser's features look names up in; training and run time must build it the same way. */
export function buildNerLexicon(gazetteer: Gazetteer): PhraseLexicon {
  const lexicon = new PhraseLexicon();
  for (const [name, candidates] of gazetteer.names()) {
    for (const candidate of candidates) {
      if (candidate.kind === 'city') lexicon.add(name, candidate.city.population >= 100000 ? 'bigcity' : 'city');
      else lexicon.add(name, candidate.kind);
    }
  }
  for (const [demonym, iso3] of gazetteer.demonyms()) lexicon.add(demonym, iso3 ? 'demonym' : 'people');
  for (const org of ORGANISATIONS) for (const name of [org.name, ...org.aliases]) lexicon.add(name, 'org');
  for (const agency of NEWS_AGENCIES) for (const name of [agency.name, ...agency.aliases]) lexicon.add(name, 'media');
  return lexicon;
}
