import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence } from '../../model/token.ts';
import { isInDateline } from './is-in-dateline.ts';

/**
 * The sentence without the wire dateline that may open it: "OSLO (Reuters) -" names where and by whom the report was
 * filed, so it is neither a speaker, nor part of what is said, nor an actor in what happened.
 */
export function sentenceAfterDateline(doc: AnalyzedDocument, sentence: Sentence): Sentence {
  let first = sentence.firstToken;
  while (first <= sentence.lastToken && isInDateline(doc, doc.tokens[first]?.span ?? sentence.span)) first++;
  if (first === sentence.firstToken) return sentence;
  const start = doc.tokens[first]?.span.start;
  return start === undefined || first > sentence.lastToken ? sentence : { ...sentence, span: { start, end: sentence.span.end }, firstToken: first };
}
