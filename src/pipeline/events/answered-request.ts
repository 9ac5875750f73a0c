import type { Token } from '../../model/token.ts';
import { groupAfter, type ActorGroup } from './actor-groups.ts';
import { DEMAND_NOUN_CODES, type MadeDemand } from './find-agents.ts';
import type { TriggerMatch } from './find-trigger.ts';

const MAKERS = new Set(['from', 'by']);
const NOUN_GAP = 3;

/**
 * "Russia turned down a request from Kyrgyzstan to send troops": the request rejected was made, by the actor after
 * "from" or "by", of the side that rejects it.
 */
export function answeredRequest(tokens: readonly Token[], groups: readonly ActorGroup[], match: TriggerMatch, subject: ActorGroup | undefined): MadeDemand | undefined {
  if (!subject || match.pattern.isNoun || !match.pattern.code.startsWith('12')) return undefined;
  for (let index = match.lastWord + 1; index <= match.lastWord + NOUN_GAP; index++) {
    const token = tokens[index];
    if (!token) return undefined;
    const code = DEMAND_NOUN_CODES.get(token.lemma);
    if (code && MAKERS.has(tokens[index + 1]?.lemma ?? '')) {
      const maker = groupAfter(tokens, groups, index + 1, 3, true);
      return maker && maker !== subject ? { code, maker, addressee: subject } : undefined;
    }
    if (token.pos !== 'DET' && token.pos !== 'ADJ') return undefined;
  }
  return undefined;
}
