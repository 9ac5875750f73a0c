import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** People no army fights: civilians and the bodies of civil life. */
const CIVIL_ROLES = new Set(['CVL', 'BUS', 'EDU', 'REL', 'MED', 'HLH', 'REF', 'LAB']);
/** Armed men of no state: gunmen (UAF), rebels and insurgents. */
const IRREGULAR_ROLES = new Set(['UAF', 'REB', 'INS']);

/**
 * "Gunmen killed 30 villagers in Plateau state", "militants killed shoppers": irregulars attacking or killing civilians
 * use unconventional violence (CAMEO 180), not conventional force (190), as this session's coders read it. Gunmen of no
 * known side striking a place (its people, coded by the bare country) count too. Run once actors have their countries.
 */
export function withUnconventionalViolence(events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  if (!events.some(isIrregularOnCivilians)) return events;
  return events.map((event) => (isIrregularOnCivilians(event) ? { ...event, code: '180' } : event));
}

function isIrregularOnCivilians(event: SentenceEvent): boolean {
  if (sentenceEventCode(event) !== '190' || !/^190:(attack|kill)$/.test(event.pattern.id)) return false;
  const source = event.source?.code?.slice(3, 6) ?? '';
  const target = event.target?.code;
  if (!IRREGULAR_ROLES.has(source) || target === undefined) return false;
  const role = target.slice(3, 6);
  return CIVIL_ROLES.has(role) || (source === 'UAF' && target.length === 3);
}
