import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';

/**
 * "A Peruvian court sentenced the former mayor to twelve years": a sentence passed is coded as the finding of guilt it
 * states (116). CAMEO's codebook reads 116 as "find guilty or liable (legally)", a court's judgement, and 173 as
 * "arrest, detain, or charge with legal action", the acts that open a case; a sentence closes one, and the one it
 * sentences is most often held already, so the punishment is not coded beside it as a second act. A sentence only
 * asked for or expected ("prosecutors want the court to sentence him") finds no one guilty, so it keeps its row's 173.
 * A verdict already coded between the same sides ("convicted … and sentenced him") is kept once. Run once the actors
 * have their countries, so the verdict names whom the sentence does.
 */
export function withSentenceVerdicts(events: readonly SentenceEvent[], patterns: PatternIndex): readonly SentenceEvent[] {
  if (!events.some(isSentenceOnSomeone)) return events;
  const pattern = builtinPatternOf(patterns, 'convict', '116');
  if (!pattern) return events;
  const verdicts = new Set(events.filter((event) => event.code === '116' || (event.code === undefined && event.pattern.code === '116')).map(sidesKey));
  return events.flatMap((event) => {
    if (!isSentenceOnSomeone(event)) return [event];
    // The sentence of a verdict coded beside it is that verdict's, whatever mood a clause between them lends it.
    if (verdicts.has(sidesKey(event))) return [];
    if (event.modality !== 'happened') return [event];
    verdicts.add(sidesKey(event));
    return [{ ...event, pattern, code: '116', rule: '116:sentence-verdict' }];
  });
}

/** A sentence on someone named: the "sentence" rows' events. */
function isSentenceOnSomeone(event: SentenceEvent): boolean {
  return event.pattern.id.startsWith('173:sentence') && event.source !== undefined && event.target !== undefined;
}

function sidesKey(event: SentenceEvent): string {
  return `${event.source?.code ?? ''}>${event.target?.code ?? ''}`;
}
