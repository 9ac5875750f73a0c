import type { AnalyzedDocument } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import type { Span } from '../../model/span.ts';

/** Whether the places stage found a mention passing `test`: a place at, around or between tokens the actor rules ask about. */
export function hasPlaceMention(doc: AnalyzedDocument, test: (span: Span, place: Place) => boolean): boolean {
  return doc.places.some((place) => place.mentions.some((span) => test(span, place)));
}
