import type { SentenceEvent } from './code-sentence.ts';
import type { CompiledPattern, PatternIndex } from './event-pattern.ts';

/**
 * "A Guatemalan court sentenced the former dictator to 80 years": a sentence passed says the court found him guilty
 * (116) as well as punishing him (173, as CAMEO.2.0's dictionary codes SENTENCE); coders read it either way, so both
 * stand. Run once the actors have their countries, so the verdict names whom the sentence does.
 */
export function withSentenceVerdicts(events: readonly SentenceEvent[], patterns: PatternIndex): readonly SentenceEvent[] {
  if (!events.some(isSentencePassed)) return events;
  const pattern = verdictPattern(patterns);
  if (!pattern) return events;
  return events.flatMap((event) => (isSentencePassed(event) ? [event, { ...event, pattern, code: '116', rule: '116:sentence-verdict' }] : [event]));
}

/** A sentence passed on someone named: the "sentence" rows' events that happened. */
function isSentencePassed(event: SentenceEvent): boolean {
  return event.pattern.id.startsWith('173:sentence') && event.source !== undefined && event.target !== undefined && event.modality === 'happened';
}

let rememberedIndex: PatternIndex | undefined;
let rememberedVerdict: CompiledPattern | undefined;

/** The built-in "convict" pattern (116) of an index, remembered for the last index. */
function verdictPattern(patterns: PatternIndex): CompiledPattern | undefined {
  if (patterns !== rememberedIndex) {
    rememberedIndex = patterns;
    rememberedVerdict = patterns.get('convict')?.find((candidate) => candidate.isBuiltin === true && candidate.code === '116');
  }
  return rememberedVerdict;
}
