import type { SentenceEvent } from './code-sentence.ts';

/**
 * Whether an event was aimed at `country` by an actor of another country: the blow, charge or act that a later response
 * in the sentence ("vowed to hit back", "a charge Kampala denies", "a move the ministry condemned") answers.
 */
export function isByOtherAt(event: SentenceEvent, country: string): boolean {
  return event.target?.code?.slice(0, 3) === country && event.source?.code !== undefined && event.source.code.slice(0, 3) !== country;
}
