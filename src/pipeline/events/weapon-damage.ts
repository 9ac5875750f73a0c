import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { meansIn } from './force-means.ts';

const WEAPONS = new Set(['missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'bomb', 'bombs']);
const SUBJECT_REACH = 5;
// Fire set by a drone strike stays arson (1712), as the "set fire to" rows say; only wrecking outright is recoded.
const WRECKING = new Set(['destroy', 'demolish', 'raze', 'flatten']);

/**
 * "A Russian air strike destroyed a school in Kharkiv", "rockets demolished the depot": property wrecked by weapons of war
 * is an attack (195 from the air, 194 by artillery, else 190), not vandalism or arson (1712), as the outside coders read it.
 */
export function weaponDamageCode(tokens: readonly Token[], match: TriggerMatch, subject: ActorGroup | undefined, sentenceStart: number): string | undefined {
  if (match.pattern.code !== '1712' || !match.pattern.isBuiltin || !WRECKING.has(tokens[match.trigger]?.lemma ?? '')) return undefined;
  const from = Math.max(subject && subject.last < match.trigger ? subject.first : sentenceStart, match.trigger - SUBJECT_REACH);
  const means = meansIn(tokens, from, match.trigger - 1);
  if (means) return means;
  for (let at = match.trigger - 1; at >= from; at--) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB') return undefined;
    if (WEAPONS.has(token.text.toLowerCase())) return '190';
  }
  return undefined;
}
