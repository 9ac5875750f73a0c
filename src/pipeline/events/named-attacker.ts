import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

// Roots of violence whose maker, when named, is the maker of the sentence's other attacks too: repression (175), assault,
// fighting and mass violence.
const VIOLENT_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);
const UNIDENTIFIED_FORCES = 'UAF';

/**
 * Drops the unknown doer of a passive attack when the same sentence names who attacked ("rebels ambushed the convoy and
 * three soldiers were killed", "two men were wounded when troops opened fire"): the report knows the doer, the coder
 * only failed to link it. Unidentified attackers ("gunmen": `---…`, `…UAF`) name no one, nor does the victim itself
 * ("was shot and wounded", misread as the victim wounding), and a bomb as the subject keeps its unknown doer.
 */
export function withNamedAttacker(events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  const attackers = events.flatMap((event) => (event.isSourceUnknown !== true && isViolent(sentenceEventCode(event)) && isNamed(event.source?.code) ? [event.source?.code] : []));
  return events.map((event) => {
    if (event.isSourceUnknown !== true || !event.isPassive || !attackers.some((code) => code !== event.target?.code)) return event;
    const { isSourceUnknown: _, ...known } = event;
    return known;
  });
}

function isViolent(code: string): boolean {
  return code === '175' || VIOLENT_ROOTS.has(code.slice(0, 2));
}

function isNamed(code: string | undefined): boolean {
  return code !== undefined && !code.startsWith('---') && code.slice(3, 6) !== UNIDENTIFIED_FORCES;
}
