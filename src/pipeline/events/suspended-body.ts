import type { SentenceEvent } from './code-sentence.ts';
import { roleOf } from './agent-roles.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Bodies a government can suspend at home: its parliament, courts and parties. */
const HOME_BODY_ROLES = new Set(['LEG', 'JUD', 'OPP']);

/**
 * "The junta suspended the BBC", "the president suspended parliament": the bare "suspend X" row (160, a member
 * suspended from a bloc) read on a news outlet, or on a state's own parliament, court or party, is an administrative
 * sanction (172), as the row for "suspended the broadcaster" codes it and outside coders code both; a bloc suspending
 * a state keeps 160.
 */
export function withSuspendedBodies(events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  if (!events.some(isSuspendedBody)) return events;
  return events.map((event) => (isSuspendedBody(event) ? { ...event, code: '172' } : event));
}

function isSuspendedBody(event: SentenceEvent): boolean {
  if (sentenceEventCode(event) !== '160' || event.pattern.id !== '160:suspend') return false;
  const target = event.target?.code;
  const source = event.source?.code;
  if (roleOf(target) === 'MED') return true;
  return HOME_BODY_ROLES.has(roleOf(target)) && source !== undefined && target?.slice(0, 3) === source.slice(0, 3);
}
