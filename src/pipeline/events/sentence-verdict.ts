import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';

/**
 * "A Guatemalan court sentenced the former dictator to 80 years": a sentence passed says the court found him guilty
 * (116) as well as punishing him (173, as CAMEO.2.0's dictionary codes SENTENCE); coders read it either way, so both
 * stand. Run once the actors have their countries, so the verdict names whom the sentence does.
 */
export function withSentenceVerdicts(events: readonly SentenceEvent[], patterns: PatternIndex): readonly SentenceEvent[] {
  if (!events.some(isSentencePassed)) return events;
  const pattern = builtinPatternOf(patterns, 'convict', '116');
  if (!pattern) return events;
  return events.flatMap((event) => (isSentencePassed(event) ? [event, { ...event, pattern, code: '116', rule: '116:sentence-verdict' }] : [event]));
}

/** A sentence passed on someone named: the "sentence" rows' events that happened. */
function isSentencePassed(event: SentenceEvent): boolean {
  return event.pattern.id.startsWith('173:sentence') && event.source !== undefined && event.target !== undefined && event.modality === 'happened';
}
