import type { Gazetteer } from '../places/gazetteer.ts';
import { buildNerLexicon } from './ner-lexicon.ts';
import { NerRecogniser } from './ner-recogniser.ts';
import { loadNerModel } from './ner-weights.ts';
import { buildPlaceNames } from './place-frames.ts';

/**
 * The recogniser as the entities stage runs it: the trained weights, the gazetteer's names as features and its places for
 * the place and club frames. The evaluation and the benches build it here too, so they score and time that recogniser.
 */
export function loadRecogniser(gazetteer: Gazetteer): NerRecogniser {
  return new NerRecogniser(loadNerModel(), buildNerLexicon(gazetteer), buildPlaceNames(gazetteer));
}
