import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';

/**
 * "A Guatemalan court sentenced the former dictator to 80 years": a sentence passed is coded as the finding of guilt it
 * states (116). CAMEO.2.0's dictionary files SENTENCE under root 17, but the outside coders of the session-11 sets code
 * every sentence passed as 116 and none as 17 (dev12, dev13, dev16, dev17: four of four), so the punishment is not
 * coded beside it. A verdict already coded between the same sides ("convicted … and sentenced him") is kept once. Run
 * once the actors have their countries, so the verdict names whom the sentence does.
 */
export function withSentenceVerdicts(events: readonly SentenceEvent[], patterns: PatternIndex): readonly SentenceEvent[] {
  if (!events.some(isSentencePassed)) return events;
  const pattern = builtinPatternOf(patterns, 'convict', '116');
  if (!pattern) return events;
  const verdicts = new Set(events.filter((event) => event.code === '116' || (event.code === undefined && event.pattern.code === '116')).map(sidesKey));
  return events.flatMap((event) => {
    if (!isSentencePassed(event)) return [event];
    if (verdicts.has(sidesKey(event))) return [];
    verdicts.add(sidesKey(event));
    return [{ ...event, pattern, code: '116', rule: '116:sentence-verdict' }];
  });
}

/** A sentence passed on someone named: the "sentence" rows' events. */
function isSentencePassed(event: SentenceEvent): boolean {
  return event.pattern.id.startsWith('173:sentence') && event.source !== undefined && event.target !== undefined;
}

function sidesKey(event: SentenceEvent): string {
  return `${event.source?.code ?? ''}>${event.target?.code ?? ''}`;
}
