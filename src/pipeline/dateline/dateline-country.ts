import type { AnalyzedDocument } from '../../model/document.ts';
import { isInDateline } from './is-in-dateline.ts';

/**
 * The country of the place a wire dateline names ("TBILISI, Georgia (Reuters) -" → GEO), when the places stage
 * resolved it: where the report was filed, and so where the unnamed police or crowds of its first sentence are, when
 * that sentence names no country of its own.
 */
export function datelineCountry(doc: AnalyzedDocument): string | undefined {
  if (!doc.dateline) return undefined;
  return doc.places.find((place) => place.country !== undefined && place.mentions.some((mention) => isInDateline(doc, mention)))?.country;
}
