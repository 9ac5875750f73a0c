import type { AnalyzedDocument } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';

/**
 * Whether a span lies in the document's wire dateline: its place and date say where and when the report was filed,
 * so stages that look for an event's date, place or a claim's words skip them.
 */
export function isInDateline(doc: AnalyzedDocument, span: Span): boolean {
  const dateline = doc.dateline?.span;
  return dateline !== undefined && span.start >= dateline.start && span.end <= dateline.end;
}
