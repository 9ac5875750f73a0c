import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { STATE_SIDE_ROLES, roleOf } from './agent-roles.ts';

/**
 * "Dock workers marched on the port as security forces fired rubber bullets": force used to repress (175) with no one named
 * as its target is used on the crowd whose protest the sentence told before it.
 */
export function withDispersedCrowdTargets(events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event, position) => {
    const crowd = dispersedCrowd(events, event, position);
    return crowd ? { ...event, target: crowd } : event;
  });
}

function dispersedCrowd(events: readonly SentenceEvent[], event: SentenceEvent, position: number): SentenceEvent['target'] {
  if (event.target || !sentenceEventCode(event).startsWith('175')) return undefined;
  const protest = events.slice(0, position).findLast((other) => other.trigger < event.trigger && sentenceEventCode(other).startsWith('14') && other.source?.code !== undefined && other.source.isCountryless !== true && !STATE_SIDE_ROLES.has(roleOf(other.source.code)));
  return protest?.source;
}
