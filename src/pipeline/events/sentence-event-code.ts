import type { SentenceEvent } from './code-sentence.ts';

/** The CAMEO code an event carries: its own where a reading or stance changed it, else its pattern's. */
export function sentenceEventCode(event: Pick<SentenceEvent, 'code' | 'pattern'>): string {
  return event.code ?? event.pattern.code;
}
