import { PLACE_OF } from '../../knowledge/ner/place-frames.ts';
import type { Token } from '../../model/token.ts';
import { LOCATIVE_PREPOSITIONS } from './actor-groups.ts';
import { isAttackNoun } from './find-agents.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';

/**
 * The word before the place phrase that holds the name starting at `first`: "a blast in the Indian state of Gujarat"
 * reads back from 'Indian' past 'the' to 'in', "a fire in the city of Homs" past 'the city of', "a crash in Peru's
 * Cusco region" past 'Peru's'. A name so placed is where an act happened, not who did it.
 */
function placePhraseOpener(tokens: readonly Token[], first: number, sentenceStart: number): number {
  let at = first - 1;
  // After a frame or a possessive, a name belongs to the phrase too: "the Indian state of", "Peru's".
  let isNameOfPhrase = false;
  while (at > sentenceStart) {
    const token = tokens[at];
    if (!token) break;
    if (token.pos === 'DET' || token.pos === 'ADJ' || (isNameOfPhrase && token.pos === 'PROPN')) at--;
    else if (token.lemma === 'of' && PLACE_OF.has(tokens[at - 1]?.lemma ?? '')) {
      at -= 2;
      isNameOfPhrase = true;
    } else if (POSSESSIVE_MARKS.has(token.text)) {
      at--;
      isNameOfPhrase = true;
    } else break;
  }
  return at;
}

/** "an explosion in the Syrian town of Azaz", "clashes in Peru's Puno region": the name sits in the place phrase of an attack noun. */
export function isInPlaceOfAttack(tokens: readonly Token[], first: number, sentenceStart: number): boolean {
  const opener = placePhraseOpener(tokens, first, sentenceStart);
  return LOCATIVE_PREPOSITIONS.has(tokens[opener]?.lemma ?? '') && isAttackNoun(tokens[opener - 1], tokens[opener]);
}
