import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';

/**
 * Acts two sides can only do together: meeting and talks (04), ties, agreements and truces (05, 0871), cooperation and
 * trade (06). Phone calls and visits carry their own reverse code; agreeing with someone's view (030) is one side's.
 */
const MUTUAL_CODE = /^(04[03-9]|05|06|0871)/;
/** Words that may stand between "with" and its partner's name ("with his Bolivian counterpart"). */
const PARTNER_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'both', 'two', 'all']);

/**
 * "Kenya signed a pact with Ethiopia", "established relations with Vietnam", "held talks with Norway's premier": the
 * partner named after "with" does the act too, as when both are the subject ("Kenya and Ethiopia signed a pact"), so the
 * act is coded both ways. Only a builtin symmetric act qualifies, and only a target that "with" introduces.
 */
export function isMutualWithPartner(tokens: readonly Token[], match: TriggerMatch, code: string, target: ActorGroup | undefined): boolean {
  if (!target || match.pattern.isBuiltin !== true || match.pattern.isSymmetric !== true || match.pattern.reverseCode) return false;
  if (!MUTUAL_CODE.test(code) || target.first <= match.trigger) return false;
  let at = target.first - 1;
  while (at > match.trigger && PARTNER_DETERMINERS.has(tokens[at]?.lemma.toLowerCase() ?? '')) at -= 1;
  return tokens[at]?.lemma.toLowerCase() === 'with';
}
