import type { Token } from '../../model/token.ts';
import { MEETINGS } from './meeting-in-passing.ts';
import { singular } from '../quantities/counted-phrase.ts';

// "a truce in Yemen", "an end to the war in Sudan", "peace in Ukraine": what a call or a demand is about. A meeting's
// place ("talks in Geneva", "a summit in Doha") is where other parties meet, not where an unnamed government is, though
// police and crowds met there are the venue's.
const MATTERS = new Set(['ceasefire', 'truce', 'war', 'peace', 'conflict', 'genocide', 'crisis', 'hostility', 'table', 'conference']);

/**
 * A place named as the matter or the venue of a noun just before its "in" ("rallied for a truce in Yemen, and police
 * arrested…", "urged the government to return to talks in Geneva"): it does not say where the sentence's unnamed police,
 * crowds or government are; with `isVenueOwn`, a meeting's place still does.
 */
export function isPlaceOfMatter(tokens: readonly Token[], first: number, isVenueOwn = false): boolean {
  let at = first - 1;
  while (tokens[at]?.pos === 'DET' || tokens[at]?.pos === 'ADJ') at--;
  const noun = tokens[at - 1];
  if (tokens[at]?.lemma !== 'in' || noun?.pos !== 'NOUN') return false;
  return [noun.lemma.toLowerCase(), singular(noun.text.toLowerCase())].some((word) => MATTERS.has(word) || (!isVenueOwn && MEETINGS.has(word)));
}
