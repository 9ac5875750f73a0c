import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

// Roots of violence whose maker, when named, is the maker of the sentence's other attacks too: repression (175), assault,
// fighting and mass violence.
const VIOLENT_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);

/**
 * Drops the unknown doer of a passive attack when the same sentence names who attacked ("rebels ambushed the convoy and
 * three soldiers were killed", "two men were wounded when troops opened fire"): the report knows the doer, the coder
 * only failed to link it. Unidentified attackers ("gunmen", coded `---…`) name no one.
 */
export function withNamedAttacker(events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  const isNamed = events.some((event) => event.isSourceUnknown !== true && isViolent(sentenceEventCode(event)) && event.source?.code !== undefined && !event.source.code.startsWith('---'));
  return isNamed ? events.map(({ isSourceUnknown: _, ...event }) => event) : events;
}

function isViolent(code: string): boolean {
  return code === '175' || VIOLENT_ROOTS.has(code.slice(0, 2));
}
